@testable import VersusDiagnostics
@testable import VersusModel
@testable import VersusLoad
@testable import VersusRender
import XCTest

final class PatternTests: XCTestCase {
    private func load(_ edit: (String) -> String) throws -> [String] {
        let path = Fixture.path("basic") + "/content/i18n/en.yml"
        let sink = DiagnosticSink()
        _ = LanguageLoader(sink: sink).load(text: edit(try Fixture.read(path)), path: "en.yml", code: "en", untranslated: .fallback, fallback: nil)
        return sink.diagnostics.sorted().map(\.description)
    }

    func testUnknownPlaceholderIsAnErrorWithItsLine() throws {
        let lines = try load { $0.replacingOccurrences(of: "pair_link: \"{a_code} vs {b_code}\"", with: "pair_link: \"{a_code} vs {c_code}\"") }
        XCTAssertEqual(lines.count, 1)
        XCTAssertTrue(lines[0].hasPrefix("en.yml:"), lines[0])
        XCTAssertTrue(lines[0].hasSuffix("error: pattern 'pair_link' uses unknown placeholder {c_code}; allowed: {a_code}, {b_code}"), lines[0])
    }

    func testMissingPatternIsAnError() throws {
        let lines = try load { $0.replacingOccurrences(of: "  pair_link: \"{a_code} vs {b_code}\"\n", with: "") }
        XCTAssertEqual(lines.count, 1)
        XCTAssertTrue(lines[0].hasSuffix("error: missing pattern 'pair_link'"), lines[0])
    }

    func testMissingUIStringOfATranslationFallsBackWithAWarning() throws {
        let path = Fixture.path("basic") + "/content/i18n/en.yml"
        let sink = DiagnosticSink()
        let english = try XCTUnwrap(LanguageLoader(sink: sink).load(text: try Fixture.read(path), path: "en.yml", code: "en", untranslated: .fallback, fallback: nil))
        let edited = try Fixture.read(path).replacingOccurrences(of: "  compare: Compare\n", with: "")
        let other = try XCTUnwrap(LanguageLoader(sink: sink).load(text: edited, path: "xx.yml", code: "xx", untranslated: .fallback, fallback: english))
        XCTAssertEqual(other.ui["compare"], "Compare")
        XCTAssertEqual(sink.diagnostics.map(\.description), ["xx.yml:7:3: warning: missing 'ui.compare'; using the default language's text"])
    }

    func testPatternsFillAndEscape() {
        let pattern = try! Pattern.parse("{a} < {b}").get()
        XCTAssertEqual(pattern.placeholders, ["a", "b"])
        let sentence = SentencePattern(pattern: pattern, html: pattern.mapText(HTML.escape), isolatesValues: false)
        XCTAssertEqual(sentence.fillHTML(["a": "<b>x</b>", "b": "y"]), "<b>x</b> &lt; y")
        XCTAssertEqual(sentence.fill(["a": "<b>x</b>", "b": "y"]), "<b>x</b> < y")
        let rightToLeft = SentencePattern(pattern: pattern, html: pattern.mapText(HTML.escape), isolatesValues: true)
        XCTAssertEqual(rightToLeft.fillHTML(["a": "250", "b": "X.7.8"]), "<bdi>250</bdi> &lt; <bdi>X.7.8</bdi>")
        if case .failure(let error) = Pattern.parse("oops {a") { XCTAssertEqual(error.column, 6) } else { XCTFail() }
    }
}
