import VersusModel
import VersusLoad
import VersusRender
import VersusBuild
import VersusKit
import XCTest

/// Hostile titles and summaries land in text, attributes and sentences escaped, never as markup.
final class EscapingTests: XCTestCase {
    func testHostileEntryTextIsEscapedEverywhere() throws {
        let folder = try Fixture.temporaryFolder(self)
        let content = try Fixture.copy("basic", into: folder)
        let path = content + "/mail/250.md"
        let hostile = try Fixture.read(path)
            .replacingOccurrences(of: "title: OK", with: #"title: "<script>alert('t')</script> \"quoted\" & more""#)
            .replacingOccurrences(of: "summary: The requested action was completed.", with: #"summary: "</script><img src=x onerror=alert(1)> it's \"done\".""#)
        try Fixture.write(hostile, to: path)
        _ = try SiteBuilder.build(BuildOptions(contentDirectory: content, templatesDirectory: Fixture.templates, outputDirectory: folder + "/site"))
        for file in Fixture.files(in: folder + "/site") where file.hasSuffix(".html") {
            let html = try Fixture.read(folder + "/site/" + file)
            XCTAssertFalse(html.contains("<script>alert"), file)
            XCTAssertFalse(html.contains("<img src=x"), file)
            XCTAssertFalse(html.contains("\"quoted\""), file)
        }
        let page = try Fixture.read(folder + "/site/en/mail/250.html")
        XCTAssertTrue(page.contains("&lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt; &quot;quoted&quot; &amp; more"))
        XCTAssertTrue(page.contains(#"<meta name="description" content="&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt; it&#39;s &quot;done&quot;.">"#))
        let json = try XCTUnwrap(PublishingTests.jsonLD(in: page), "the JSON-LD script is not closed early and parses")
        XCTAssertEqual(json["description"] as? String, #"</script><img src=x onerror=alert(1)> it's "done"."#)
        XCTAssertEqual(page.components(separatedBy: "</script>").count, page.components(separatedBy: "<script").count)
    }

    func testSymlinkLeadingOutsideTheContentIsRefused() throws {
        let folder = try Fixture.temporaryFolder(self)
        let content = try Fixture.copy("basic", into: folder)
        try Fixture.write("secret", to: folder + "/outside.md")
        try FileManager.default.createSymbolicLink(atPath: content + "/mail/221.md", withDestinationPath: folder + "/outside.md")
        let result = CatalogLoader.load(contentDirectory: content)
        XCTAssertNil(result.catalog)
        XCTAssertEqual(Fixture.lines(result.diagnostics, relativeTo: folder),
                       ["content/mail/221.md: error: refusing a symbolic link that leads outside the content folder"])
    }
}
