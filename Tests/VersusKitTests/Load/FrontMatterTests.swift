import VersusLoad
import XCTest

/// Only a `---` at the start of a line closes front matter: an indented one belongs to a value.
final class FrontMatterTests: XCTestCase {
    func testAnIndentedRuleInsideABlockScalarDoesNotCloseFrontMatter() throws {
        let content = try Fixture.scratchContent("basic", self)
        let path = content + "/mail/250.md"
        let text = try Fixture.read(path)
        let summary = try XCTUnwrap(text.components(separatedBy: "\n").first { $0.hasPrefix("summary: ") })
        try Fixture.write(text.replacingOccurrences(of: summary, with: "summary: |\n  Done.\n  ---\n  Really done."), to: path)
        let loaded = CatalogLoader.load(contentDirectory: content)
        XCTAssertEqual(loaded.diagnostics.map(\.description), [])
        let entry = try XCTUnwrap(loaded.catalog?.families.first?.entry("250"))
        XCTAssertEqual(entry.texts["en"]?.summary, "Done.\n---\nReally done.\n")
    }
}
