@testable import VersusDiagnostics
@testable import VersusModel
@testable import VersusLoad
@testable import VersusRender
import XCTest

final class EntryParsingTests: XCTestCase {
    private func english() throws -> Language {
        let text = try Fixture.read(Fixture.path("basic") + "/content/i18n/en.yml")
        let language = LanguageLoader(sink: DiagnosticSink()).load(text: text, path: "en.yml", code: "en", untranslated: .fallback, fallback: nil)
        return try XCTUnwrap(language)
    }

    func testFrontMatterAndSectionsAreParsed() throws {
        let sink = DiagnosticSink()
        let text = """
        ---
        code: 250
        title: OK
        summary: Done.
        spec:
          - {rfc: 5321, section: "4.2.2"}
        commands: [MAIL, RCPT]
        related: ["354"]
        retry: none
        ---

        ## Description

        First *line*.

        ```
        ## not a heading inside code
        ```

        ## When you'll see it

        Often.

        ### A subheading stays inside the section

        More.

        ## How to fix

        Nothing.
        """
        let entry = try XCTUnwrap(EntryParser(sink: sink).parse(text: text, path: "x/250.md", language: try english(), isTranslation: false))
        XCTAssertEqual(sink.diagnostics, [])
        XCTAssertEqual(entry.code, "250")
        XCTAssertEqual(entry.codeLine, 2)
        XCTAssertEqual(entry.text.title, "OK")
        XCTAssertEqual(entry.spec, [SpecReference(rfc: "5321", section: "4.2.2")])
        XCTAssertEqual(entry.commands, ["MAIL", "RCPT"])
        XCTAssertEqual(entry.related.map(\.code), ["354"])
        XCTAssertEqual(entry.retry, RetryAdvice.none)
        XCTAssertEqual(entry.text.sections[.description], "First *line*.\n\n```\n## not a heading inside code\n```")
        XCTAssertEqual(entry.text.sections[.when], "Often.\n\n### A subheading stays inside the section\n\nMore.")
        XCTAssertEqual(entry.text.sections[.fix], "Nothing.")
    }

    func testSectionProblemsAreReportedWithLines() throws {
        let sink = DiagnosticSink()
        let text = """
        ---
        code: "250"
        title: OK
        summary: Done.
        spec: [{rfc: 5321}]
        ---
        Stray text.
        ## Description

        ## Description
        Twice.
        ## Remedy
        Unknown.
        # Top level
        """
        _ = EntryParser(sink: sink).parse(text: text, path: "250.md", language: try english(), isTranslation: false)
        XCTAssertEqual(sink.diagnostics.sorted().map(\.description), [
            "250.md:7: error: text before the first '##' section",
            "250.md:8: error: section '## Description' is empty",
            "250.md:10: error: section '## Description' appears more than once",
            "250.md:12: error: missing section '## How to fix'",
            "250.md:12: error: missing section '## When you'll see it'",
            "250.md:12: error: unknown section '## Remedy'; expected '## Description', '## When you'll see it', '## How to fix'",
            "250.md:14: error: heading level 1 is not allowed here; entry sections use '## ' headings",
        ])
    }

    func testFrontMatterTypeErrorsAndUnknownKeys() throws {
        let sink = DiagnosticSink()
        let text = """
        ---
        code: [1]
        titel: OK
        summary: Done.
        spec: [{rfc: 5321}]
        retry: sometimes
        ---
        ## Description
        a
        ## When you'll see it
        b
        ## How to fix
        c
        """
        _ = EntryParser(sink: sink).parse(text: text, path: "250.md", language: try english(), isTranslation: false)
        XCTAssertEqual(sink.diagnostics.sorted().map(\.description), [
            "250.md:2:1: error: missing required field 'title'",
            "250.md:2:7: error: expected a string for 'code', found a list",
            "250.md:3:1: warning: unknown front-matter key 'titel'; did you mean 'title'?",
            "250.md:6:8: error: 'retry' must be one of wait, none, check-later, continue, follow, use-cache, later, fix-first, give-up, treat-as-class, decode, verify, decrypt, not 'sometimes'",
        ])
    }

    func testCRLFAndByteOrderMarkAreAccepted() throws {
        let sink = DiagnosticSink()
        let bytes = Data([0xEF, 0xBB, 0xBF]) + Data("a\r\nb\r\n".utf8)
        XCTAssertEqual(SourceText.decode(bytes, path: "f", into: sink), "a\nb\n")
        XCTAssertNil(SourceText.decode(Data([0x61, 0x0A, 0x62, 0xFF]), path: "f", into: sink))
        XCTAssertEqual(sink.diagnostics.map(\.description), ["f:2:2: error: file is not valid UTF-8"])
    }

    func testCatalogOrderComparesNumbersByValue() {
        let codes = ["X.2.10", "X.10.1", "X.2.9", "250", "221", "X.1.1"]
        XCTAssertEqual(codes.sorted(by: CodeOrder.precedes), ["221", "250", "X.1.1", "X.2.9", "X.2.10", "X.10.1"])
    }
}
