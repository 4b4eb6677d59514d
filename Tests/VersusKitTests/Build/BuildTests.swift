import VersusDiagnostics
import VersusModel
import VersusLoad
import VersusRender
import VersusBuild
import VersusKit
import XCTest

final class BuildTests: XCTestCase {
    private func build(_ content: String, into output: String) throws -> BuildReport {
        try SiteBuilder.build(BuildOptions(contentDirectory: content, templatesDirectory: Fixture.templates, outputDirectory: output))
    }

    func testFixtureBuildsEveryPage() throws {
        let output = try Fixture.temporaryFolder(self) + "/site"
        let report = try build(try Fixture.scratchContent("basic", self), into: output)
        XCTAssertEqual(report.pageCount, 22)
        XCTAssertEqual(report.diagnostics, [])
        let files = Fixture.files(in: output)
        XCTAssertEqual(files.filter { $0.hasSuffix(".html") }.count, 21)
        XCTAssertTrue(files.contains("en/search-index.js"))
        XCTAssertTrue(files.contains("en/search.html"))
        XCTAssertTrue(files.contains("assets/style.css"))
        for pair in ["250-vs-354", "250-vs-451", "250-vs-535", "354-vs-451", "354-vs-535", "451-vs-535"] {
            XCTAssertTrue(files.contains("en/mail/\(pair).html"), pair)
            let parts = pair.components(separatedBy: "-vs-")
            let redirect = try Fixture.read("\(output)/en/mail/\(parts[1])-vs-\(parts[0]).html")
            XCTAssertTrue(redirect.contains("<meta http-equiv=\"refresh\" content=\"0; url=\(pair).html\">"))
            XCTAssertTrue(redirect.contains("<meta name=\"robots\" content=\"noindex\">"))
        }
    }

    /// The exact comparison page; regenerate with VERSUS_UPDATE_GOLDEN=1 after an intended change and review the diff.
    func testPairPageMatchesGoldenFile() throws {
        let output = try Fixture.temporaryFolder(self) + "/site"
        _ = try build(try Fixture.scratchContent("basic", self), into: output)
        let page = try Fixture.read(output + "/en/mail/250-vs-535.html")
        let golden = Fixture.path("basic") + "/golden/en/mail/250-vs-535.html"
        if ProcessInfo.processInfo.environment["VERSUS_UPDATE_GOLDEN"] == "1" { try Fixture.write(page, to: golden) }
        XCTAssertEqual(page, try Fixture.read(golden))
    }

    func testLinksAreRelativeAndResolveToFiles() throws {
        let output = try Fixture.temporaryFolder(self) + "/site"
        _ = try build(try Fixture.scratchContent("basic", self), into: output)
        let regex = try NSRegularExpression(pattern: ##"(?:href|src)="([^"#]*)(#[^"]*)?""##)
        for file in Fixture.files(in: output) where file.hasSuffix(".html") && file != "404.html" {
            let html = try Fixture.read("\(output)/\(file)")
            let folder = (file as NSString).deletingLastPathComponent
            for match in regex.matches(in: html, range: NSRange(html.startIndex..., in: html)) {
                let link = String(html[Range(match.range(at: 1), in: html)!])
                if link.hasPrefix("https://www.rfc-editor.org/") || link.isEmpty { continue }
                XCTAssertFalse(link.hasPrefix("/") || link.contains("://"), "\(file) links to \(link)")
                XCTAssertFalse(link.hasSuffix("/"), "\(file) links to a folder: \(link)")
                let target = ((output as NSString).appendingPathComponent(folder) as NSString).appendingPathComponent(link)
                XCTAssertTrue(FileManager.default.fileExists(atPath: (target as NSString).standardizingPath), "\(file) → \(link)")
            }
        }
    }

    func testContentIsEscapedInPages() throws {
        let output = try Fixture.temporaryFolder(self) + "/site"
        _ = try build(try Fixture.scratchContent("basic", self), into: output)
        let page = try Fixture.read(output + "/en/mail/535.html")
        XCTAssertTrue(page.contains("The server rejected the credentials &lt;sent&gt; with &quot;AUTH&quot;."))
        XCTAssertFalse(page.contains("<sent>"))
        XCTAssertFalse(page.contains("<b>raw HTML</b>"))
    }

    func testTwoBuildsAreByteIdentical() throws {
        let folder = try Fixture.temporaryFolder(self)
        _ = try build(try Fixture.scratchContent("basic", self), into: folder + "/one")
        _ = try build(try Fixture.scratchContent("basic", self), into: folder + "/two")
        let files = Fixture.files(in: folder + "/one")
        XCTAssertEqual(files, Fixture.files(in: folder + "/two"))
        for file in files {
            XCTAssertEqual(FileManager.default.contents(atPath: "\(folder)/one/\(file)"),
                           FileManager.default.contents(atPath: "\(folder)/two/\(file)"), file)
        }
    }

    func testRebuildWritesNothingWhenNothingChanged() throws {
        let output = try Fixture.temporaryFolder(self) + "/site"
        let first = try build(try Fixture.scratchContent("basic", self), into: output)
        let second = try build(try Fixture.scratchContent("basic", self), into: output)
        XCTAssertEqual(first.filesWritten, 25)
        XCTAssertEqual(second.filesWritten, 0)
        XCTAssertEqual(second.filesUnchanged, 25)
    }

    func testOutputFolderMayNotContainTheContent() throws {
        let folder = try Fixture.temporaryFolder(self)
        let content = try Fixture.copy("basic", into: folder)
        XCTAssertThrowsError(try build(content, into: folder)) { error in
            guard case BuildFailure.usage(let message) = error else { return XCTFail("\(error)") }
            XCTAssertTrue(message.contains("it is or contains the content folder"), message)
        }
        XCTAssertThrowsError(try build(content, into: "/"))
    }
}
