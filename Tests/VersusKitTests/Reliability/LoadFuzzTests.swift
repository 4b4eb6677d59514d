@testable import VersusDiagnostics
@testable import VersusModel
@testable import VersusLoad
import XCTest

/// Thousands of mutated entries: Load never crashes, always answers with an entry or diagnostics, and every
/// diagnostic is one line.
final class LoadFuzzTests: XCTestCase {
    private let pieces = ["---", "\n", ":", " ", "[", "]", "{", "}", "#", "## ", "### ", "\t", "\r", "\"", "'", "&", "*", "- ",
                          "`", "```", "|", "\u{0}", "é", "🙂", "\u{202E}", "null", "~", "!!binary", "&a", "*a", "<<: ", "%YAML 1.2"]

    private func mutate(_ text: String, using random: inout SeededGenerator) -> String {
        var characters = Array(text)
        for _ in 0..<Int.random(in: 1...6, using: &random) {
            let position = characters.isEmpty ? 0 : Int.random(in: 0..<characters.count, using: &random)
            switch Int.random(in: 0..<4, using: &random) {
            case 0: characters.insert(contentsOf: pieces.randomElement(using: &random)!, at: position)
            case 1: characters.removeSubrange(position..<min(characters.count, position + Int.random(in: 1...20, using: &random)))
            case 2:
                let end = min(characters.count, position + Int.random(in: 1...40, using: &random))
                characters.insert(contentsOf: characters[position..<end], at: Int.random(in: 0...characters.count, using: &random))
            default:
                if !characters.isEmpty { characters[position] = Character(UnicodeScalar(UInt8.random(in: 0x20...0x7E, using: &random))) }
            }
        }
        return String(characters)
    }

    func testMutatedEntriesNeverCrashTheParser() throws {
        let english = try XCTUnwrap(LanguageLoader(sink: DiagnosticSink()).load(
            text: try Fixture.read(Fixture.path("basic") + "/content/i18n/en.yml"), path: "en.yml", code: "en", untranslated: .fallback, fallback: nil))
        let seeds = try ["250", "354", "451", "535"].map { try Fixture.read(Fixture.path("basic") + "/content/mail/\($0).md") }
        var random = SeededGenerator(seed: 20261129)
        for round in 0..<3000 {
            let text = mutate(seeds[round % seeds.count], using: &random)
            let sink = DiagnosticSink()
            let entry = EntryParser(sink: sink).parse(text: text, path: "fuzz.md", language: english, isTranslation: round % 5 == 0)
            XCTAssertTrue(entry != nil || sink.hasErrors, "round \(round) returned neither an entry nor an error:\n\(text)")
            assertOneLine(sink.diagnostics, round: round, text: text)
        }
    }

    /// Each diagnostic is one line, and a YAML syntax error says where it is.
    private func assertOneLine(_ diagnostics: [Diagnostic], round: Int, text: String) {
        for diagnostic in diagnostics {
            for shown in [diagnostic.description, diagnostic.message] {
                XCTAssertFalse(shown.contains(where: \.isNewline), "round \(round): \(shown.debugDescription) from:\n\(text)")
            }
            if diagnostic.message.hasPrefix("YAML syntax error: ") {
                XCTAssertNotNil(diagnostic.column, "round \(round): \(diagnostic) from:\n\(text)")
            }
        }
    }

    func testMutatedCatalogsAlwaysGiveACatalogOrErrors() throws {
        var random = SeededGenerator(seed: 42)
        let folder = try Fixture.temporaryFolder(self)
        let content = try Fixture.copy("basic", into: folder)
        let files = ["mail/250.md", "mail/_family.yml", "site.yml", "i18n/en.yml"]
        let originals = try files.map { try Fixture.read(content + "/" + $0) }
        for round in 0..<200 {
            let index = round % files.count
            try Fixture.write(mutate(originals[index], using: &random), to: content + "/" + files[index])
            let result = CatalogLoader.load(contentDirectory: content)
            XCTAssertTrue(result.catalog != nil || result.diagnostics.hasErrors, "round \(round)")
            assertOneLine(result.diagnostics, round: round, text: try Fixture.read(content + "/" + files[index]))
            try Fixture.write(originals[index], to: content + "/" + files[index])
        }
    }
}
