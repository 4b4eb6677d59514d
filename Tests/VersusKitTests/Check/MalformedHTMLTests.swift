import Foundation
import XCTest

/// Malformed HTML is read as a browser reads it, and its links are still found, each once.
final class MalformedHTMLTests: XCTestCase {
    /// A tag cut off by the end of the file is no tag, as in a browser: `missing-6.png` is not a link.
    func testUnclosedTagsAndUnquotedAttributesStillYieldTheirLinks() throws {
        let site = try LinkCheckSite(self, ["index.html": """
            <div><p><a href="missing-1.html">unclosed paragraph and link
            <p><img src=missing-2.png alt=unquoted><a href='missing-3.html'id=glued>single quotes, no space</a>
            <A HREF="missing-4.html">upper case</A><a href="ok.html" href="missing-ignored.html">the first of two wins</a>
            <table><tr><td><a href=missing-5.html>unclosed cells</table></div></span></a>
            <ul><li><a href="#glued">stray end tags above</a><li><a href=missing&#46;html>character reference</a>
            <img src="missing-6.png
            """, "ok.html": "<!doctype html>\n"])
        XCTAssertEqual(site.check(), [
            "site/index.html:1:12: error: broken link 'missing-1.html' (href): no such file",
            "site/index.html:2:9: error: broken link 'missing-2.png' (src): no such file",
            "site/index.html:2:43: error: broken link 'missing-3.html' (href): no such file",
            "site/index.html:3:4: error: broken link 'missing-4.html' (href): no such file",
            "site/index.html:4:19: error: broken link 'missing-5.html' (href): no such file",
            "site/index.html:5:57: error: broken link 'missing.html' (href): no such file",
        ])
    }

    /// An `<a>` left open is reopened by the parser in each following block; its link is one link of the source.
    func testAReopenedLinkIsReportedOnce() throws {
        let site = try LinkCheckSite(self, ["index.html": "<!doctype html>\n<p><a href=\"missing.html\">one<p>two<p>three<div>four</div>\n"])
        XCTAssertEqual(site.check(), ["site/index.html:2:7: error: broken link 'missing.html' (href): no such file"])
    }

    /// Deep nesting costs no call stack, and bytes that are not UTF-8 do not stop the page.
    func testDeepNestingAndInvalidBytes() throws {
        let depth = 5_000
        let deep = String(repeating: "<div>", count: depth) + #"<a href="missing-deep.html">deep</a>"# + "\n"
        let site = try LinkCheckSite(self, ["deep.html": deep])
        var bytes = Data(#"<p>caf"#.utf8) + Data([0xE9, 0xFF]) + Data(#"</p><a href="missing-after-bad-bytes.html">x</a>"#.utf8)
        bytes += Data("\n".utf8)
        try bytes.write(to: URL(fileURLWithPath: site.root + "/latin1.html"))
        XCTAssertEqual(site.check(), [
            "site/deep.html:1:\(5 * depth + 4): error: broken link 'missing-deep.html' (href): no such file",
            "site/latin1.html:1:16: error: broken link 'missing-after-bad-bytes.html' (href): no such file",
        ])
    }
}
