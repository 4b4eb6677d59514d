import VersusDiagnostics
import VersusModel
import VersusLoad
import VersusRender
import VersusBuild
import VersusKit
import XCTest

/// Each bad input of the content format: the exact diagnostics, exit code 1, and nothing written.
final class BadInputTests: XCTestCase {
    private let validEntry = """
        ---
        code: "221"
        title: Closing
        summary: The server closes the connection.
        spec:
          - {rfc: 5321, section: "4.2.2"}
        ---
        ## Description
        a
        ## When you'll see it
        b
        ## How to fix
        c

        """

    /// Applies `change` to a scratch copy of the basic fixture, builds, and returns the diagnostic lines.
    private func diagnostics(templates: String? = nil, _ change: (String) throws -> Void) throws -> [String] {
        let folder = try Fixture.temporaryFolder(self)
        let content = try Fixture.copy("basic", into: folder)
        try change(content)
        let output = folder + "/site"
        let options = BuildOptions(contentDirectory: content, templatesDirectory: templates ?? Fixture.templates, outputDirectory: output)
        do {
            _ = try SiteBuilder.build(options)
            XCTFail("the build should fail")
            return []
        } catch let failure as BuildFailure {
            XCTAssertEqual(failure.exitCode, 1)
            XCTAssertFalse(FileManager.default.fileExists(atPath: output), "a failed build writes nothing")
            guard case .invalidInput(let diagnostics) = failure else { XCTFail("\(failure)"); return [] }
            return Fixture.lines(diagnostics, relativeTo: folder)
        }
    }

    func testMalformedYAML() throws {
        let lines = try diagnostics { content in
            try Fixture.write(validEntry.replacingOccurrences(of: "title: Closing", with: "title: [Closing"), to: content + "/mail/221.md")
        }
        XCTAssertEqual(lines, ["content/mail/221.md:3:8: error: YAML syntax error: the list opened with '[' here is not closed with ']' (or lacks a ',' between items)"])
    }

    func testMissingFrontMatterField() throws {
        let lines = try diagnostics { content in
            try Fixture.write(validEntry.replacingOccurrences(of: "summary: The server closes the connection.\n", with: ""), to: content + "/mail/221.md")
        }
        XCTAssertEqual(lines, ["content/mail/221.md:2:1: error: missing required field 'summary'"])
    }

    func testCodeThatDoesNotMatchTheFileName() throws {
        let lines = try diagnostics { content in try Fixture.write(validEntry, to: content + "/mail/222.md") }
        XCTAssertEqual(lines, ["content/mail/222.md:2:7: error: code '221' does not match the file name '222'"])
    }

    func testCodeOutsideTheFamilyPattern() throws {
        let lines = try diagnostics { content in
            try Fixture.write(validEntry.replacingOccurrences(of: "\"221\"", with: "\"291\""), to: content + "/mail/291.md")
        }
        XCTAssertEqual(lines, ["content/mail/291.md:2:7: error: code '291' does not match the family's code_pattern ^[2-5][0-5][0-9]$"])
    }

    func testDuplicateCode() throws {
        let lines = try diagnostics { content in
            try Fixture.write(validEntry.replacingOccurrences(of: "\"221\"", with: "\"250\""), to: content + "/mail/250-copy.md")
        }
        XCTAssertEqual(lines, ["content/mail/250-copy.md:2:7: error: duplicate code '250': also defined in content/mail/250.md"])
    }

    func testMissingAndUnknownSections() throws {
        let lines = try diagnostics { content in
            try Fixture.write(validEntry.replacingOccurrences(of: "## How to fix", with: "## Remedies"), to: content + "/mail/221.md")
        }
        XCTAssertEqual(lines, [
            "content/mail/221.md:12: error: missing section '## How to fix'",
            "content/mail/221.md:12: error: unknown section '## Remedies'; expected '## Description', '## When you'll see it', '## How to fix'",
        ])
    }

    func testMissingFamilyFile() throws {
        let lines = try diagnostics { content in try FileManager.default.removeItem(atPath: content + "/mail/_family.yml") }
        XCTAssertEqual(lines, ["content/mail: error: missing _family.yml: every family folder needs one"])
    }

    func testUnsafeCodesNeverBecomePaths() throws {
        let lines = try diagnostics { content in
            try Fixture.write(validEntry.replacingOccurrences(of: "\"221\"", with: "\"../x\""), to: content + "/mail/221.md")
            try Fixture.write(validEntry.replacingOccurrences(of: "\"221\"", with: "\"2/21\""), to: content + "/mail/222.md")
        }
        XCTAssertEqual(lines, [
            "content/mail/221.md:2:7: error: code '../x' may only contain letters, digits, '.' and '-'",
            "content/mail/222.md:2:7: error: code '2/21' may only contain letters, digits, '.' and '-'",
        ])
    }

    func testTemplateThatFailsToParse() throws {
        let folder = try Fixture.temporaryFolder(self)
        let templates = folder + "/templates"
        try FileManager.default.copyItem(atPath: Fixture.templates, toPath: templates)
        try Fixture.write("<h1>{{#title}}\n<p>{{/headline}}</p>\n", to: templates + "/code.mustache")
        let lines = try diagnostics(templates: templates) { _ in }
        XCTAssertEqual(lines.count, 1)
        XCTAssertTrue(lines[0].hasPrefix(DisplayPath.of(templates) + "/code.mustache:2:"), lines[0])
        XCTAssertTrue(lines[0].contains("error: template syntax: section 'title' is closed as 'headline'"), lines[0])
    }

    func testEveryProblemIsReportedAtOnceAndSorted() throws {
        let lines = try diagnostics { content in
            try Fixture.write(validEntry.replacingOccurrences(of: "title: Closing\n", with: ""), to: content + "/mail/221.md")
            try Fixture.write(validEntry.replacingOccurrences(of: "\"221\"", with: "\"299\""), to: content + "/mail/298.md")
        }
        XCTAssertEqual(lines, [
            "content/mail/221.md:2:1: error: missing required field 'title'",
            "content/mail/298.md:2:7: error: code '299' does not match the file name '298'",
        ])
    }
}
