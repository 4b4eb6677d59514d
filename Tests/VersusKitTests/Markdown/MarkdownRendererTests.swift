import VersusMarkdown
import VersusRender
import XCTest

final class MarkdownRendererTests: XCTestCase {
    func testTablesAndStrikethroughUseGFM() {
        let html = MarkdownRenderer(allowRawHTML: false).render("| a | b |\n|---|---|\n| 1 | ~~2~~ |\n")
        XCTAssertEqual(html, """
        <table>
        <thead>
        <tr>
        <th>a</th>
        <th>b</th>
        </tr>
        </thead>
        <tbody>
        <tr>
        <td>1</td>
        <td><del>2</del></td>
        </tr>
        </tbody>
        </table>

        """)
    }

    func testTextIsEscapedAndRawHTMLIsOmittedByDefault() {
        let renderer = MarkdownRenderer(allowRawHTML: false)
        XCTAssertEqual(renderer.render("a < b & \"c\""), "<p>a &lt; b &amp; &quot;c&quot;</p>\n")
        XCTAssertEqual(renderer.render("x <b>bold</b>"), "<p>x <!-- raw HTML omitted -->bold<!-- raw HTML omitted --></p>\n")
        XCTAssertEqual(renderer.render("[go](javascript:alert(1))"), "<p><a href=\"\">go</a></p>\n")
    }

    func testRawHTMLPassesWhenAllowedButTagFilterStaysOn() {
        let renderer = MarkdownRenderer(allowRawHTML: true)
        XCTAssertEqual(renderer.render("x <b>bold</b>"), "<p>x <b>bold</b></p>\n")
        XCTAssertEqual(renderer.render("<script>alert(1)</script>"), "&lt;script>alert(1)&lt;/script>\n")
        XCTAssertEqual(renderer.render("[go](javascript:alert(1)) [ok](https://example.org)"),
                       "<p><a href=\"\">go</a> <a href=\"https://example.org\">ok</a></p>\n")
        XCTAssertEqual(renderer.render("[x](JavaScript:alert(1))"), "<p><a href=\"\">x</a></p>\n")
    }

    func testAutolinksAndTaskLists() {
        let renderer = MarkdownRenderer(allowRawHTML: false)
        XCTAssertEqual(renderer.render("see https://example.org"), "<p>see <a href=\"https://example.org\">https://example.org</a></p>\n")
        XCTAssertEqual(renderer.render("- [x] done"), "<ul>\n<li><input type=\"checkbox\" checked=\"\" disabled=\"\" /> done</li>\n</ul>\n")
    }
}
