import Foundation
import VersusBuild
import XCTest

/// A comparison's "Learn more": both code pages, the family, then the spec references of both sides, each once, RFCs
/// by number and sections in catalog order.
final class LearnMoreTests: XCTestCase {
    func testBothSidesReferencesAreListedOnceInOrder() throws {
        let content = try Fixture.scratchContent("basic", self)
        for (code, spec) in [("250", #"[{rfc: 5321, section: "4.2.11"}, {rfc: 5321, section: "4.2.2"}, {rfc: 3463}]"#),
                             ("354", #"[{rfc: 5321, section: "4.2.2"}, {rfc: 1869}, {rfc: 5321, section: "4.2.10"}]"#)] {
            let path = content + "/mail/\(code).md"
            let text = try Fixture.read(path)
            let old = #"spec:\n  - {rfc: 5321, section: "4.2.2"}"#.replacingOccurrences(of: "\\n", with: "\n")
            XCTAssertTrue(text.contains(old), path)
            try Fixture.write(text.replacingOccurrences(of: old, with: "spec: \(spec)"), to: path)
        }
        let output = try Fixture.temporaryFolder(self) + "/site"
        let report = try SiteBuilder.build(BuildOptions(contentDirectory: content, templatesDirectory: Fixture.templates, outputDirectory: output))
        XCTAssertEqual(report.diagnostics, [])
        let html = try Fixture.read(output + "/en/mail/250-vs-354.html")
        let section = try XCTUnwrap(html.components(separatedBy: #"<section aria-labelledby="learn-more">"#).last)
        let references = section.components(separatedBy: "\n").filter { $0.contains("rfc-editor.org") }
            .map { $0.components(separatedBy: "\">").last!.replacingOccurrences(of: "</a></li>", with: "") }
        XCTAssertEqual(references, ["RFC 1869", "RFC 3463", "RFC 5321, section 4.2.2", "RFC 5321, section 4.2.10",
                                    "RFC 5321, section 4.2.11"], section)
    }
}
