import Foundation
import VersusModel
import VersusLoad
import VersusRender
import VersusBuild
import VersusKit
import XCTest

/// Exact comparison pages with a pair note and of enhanced status codes (class from `used_with`, grouped by subject).
/// Regenerate with VERSUS_UPDATE_GOLDEN=1 after an intended change and review the diff.
final class ComparisonGoldenTests: XCTestCase {
    private func built(_ fixture: String) throws -> String {
        let output = try Fixture.temporaryFolder(self) + "/site"
        let report = try SiteBuilder.build(BuildOptions(contentDirectory: try Fixture.scratchContent(fixture, self),
                                                        templatesDirectory: Fixture.templates, outputDirectory: output))
        XCTAssertEqual(report.diagnostics, [])
        return output
    }

    private func assertGolden(_ fixture: String, _ page: String, in output: String, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let html = try Fixture.read(output + "/" + page)
        let golden = Fixture.path(fixture) + "/golden/" + page
        if ProcessInfo.processInfo.environment["VERSUS_UPDATE_GOLDEN"] == "1" { try Fixture.write(html, to: golden) }
        XCTAssertEqual(html, try Fixture.read(golden), page, file: file, line: line)
        return html
    }

    func testPairNoteReplacesTheContrastAndShowsInPractice() throws {
        let output = try built("basic")
        let html = try assertGolden("basic", "en/mail/451-vs-535.html", in: output)
        XCTAssertTrue(html.contains(#"<p class="lead">451 is the server&#39;s own temporary trouble; 535 is the client&#39;s credentials being refused.</p>"#))
        XCTAssertFalse(html.contains("The server hit a temporary problem."), "the note's summary replaces the summaries")
        XCTAssertTrue(html.contains(#"<h2 id="in-practice">In practice"#))
        XCTAssertTrue(html.contains("<h3>In short</h3>"))
        XCTAssertTrue(html.contains("<!-- raw HTML omitted -->"), "raw HTML in a note is dropped like in entries")
        // The pair is listed first on both code pages and on the family page.
        for page in ["en/mail/451.html", "en/mail/535.html", "en/mail/index.html"] {
            let listing = try Fixture.read(output + "/" + page)
            XCTAssertTrue(listing.contains(#"<h2 id="frequently-compared">Frequently compared"#), page)
            XCTAssertTrue(listing.contains(#"451-vs-535.html"#), page)
        }
        let other = try Fixture.read(output + "/en/mail/250.html")
        XCTAssertFalse(other.contains("frequently-compared"), "250 has no noted pair")
        let search = try Fixture.read(output + "/en/search-index.js")
        XCTAssertTrue(search.contains(#""notes":[["451","535"]]"#))
    }

    func testEnhancedPairsNameSubjectsAndFullCodes() throws {
        let output = try built("enhanced")
        let english = try assertGolden("enhanced", "en/status/X.7.12-vs-X.7.14.html", in: output)
        XCTAssertTrue(english.contains("both belong to the subject X.7 Security or Policy."))
        XCTAssertTrue(english.contains("<li>X.7.12 is only ever sent as 4.7.12, a temporary failure. X.7.14 is only ever sent as 5.7.14, a permanent failure.</li>"))
        XCTAssertFalse(english.contains("class X.7"), "X.7 is a subject, not a class")
        let spanish = try assertGolden("enhanced", "es/status/X.7.12-vs-X.7.14.html", in: output)
        XCTAssertTrue(spanish.contains("<li>X.7.12 solo se envía como 4.7.12, un fallo temporal. X.7.14 solo se envía como 5.7.14, un fallo permanente.</li>"))
        let mixed = try assertGolden("enhanced", "en/status/X.1.1-vs-X.7.12.html", in: output)
        XCTAssertTrue(mixed.contains("X.1.1 can be sent as 4.1.1 or 5.1.1: its first digit tells whether it reports a temporary failure or a permanent failure."))
        XCTAssertTrue(mixed.contains("<li>After X.7.12, the client should correct what the reply points at"), "X.1.1 has no single advice")
        let codePage = try Fixture.read(output + "/en/status/X.7.12.html")
        XCTAssertTrue(codePage.contains("<dt>Subject</dt><dd>X.7 Security or Policy</dd>"))
        XCTAssertTrue(codePage.contains("<dt>Class</dt><dd>4.X.X Persistent Transient Failure</dd>"))
        XCTAssertTrue(codePage.contains("<dt>Sent as</dt><dd>4.7.12</dd>"))
        XCTAssertTrue(codePage.contains("<dt>Reply text in the spec</dt><dd>A password transition is needed</dd>"))
        XCTAssertTrue(codePage.contains("<h1>STATUS X.7.12 Password transition needed</h1>"))
        let family = try Fixture.read(output + "/en/status/index.html")
        XCTAssertTrue(family.contains(#"<h2 id="subject-X.7">X.7 Security or Policy"#))
    }
}
