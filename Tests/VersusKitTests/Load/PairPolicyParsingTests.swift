import VersusDiagnostics
import VersusModel
import VersusLoad
import XCTest

/// `pairs:` of `_family.yml`: its three values, its default, and an error at the value for anything else.
final class PairPolicyParsingTests: XCTestCase {
    /// Loads a scratch copy of the basic fixture with `lines` appended to its `_family.yml`.
    private func load(_ lines: String) throws -> (policy: Family.PairPolicy?, diagnostics: [String]) {
        let folder = try Fixture.temporaryFolder(self)
        let content = try Fixture.copy("basic", into: folder)
        let file = content + "/mail/_family.yml"
        try Fixture.write(try Fixture.read(file) + lines, to: file)
        let loaded = CatalogLoader.load(contentDirectory: content)
        return (loaded.catalog?.families.first?.pairs, Fixture.lines(loaded.diagnostics, relativeTo: folder))
    }

    func testTheThreePoliciesAndTheDefault() throws {
        XCTAssertEqual(try load("").policy, .all)
        for (text, policy) in [("all", Family.PairPolicy.all), ("same_class", .sameClass), ("related", .related)] {
            let loaded = try load("pairs: \(text)\n")
            XCTAssertEqual(loaded.policy, policy)
            XCTAssertEqual(loaded.diagnostics, [])
        }
    }

    func testAnyOtherValueIsAnErrorAtTheValue() throws {
        XCTAssertEqual(try load("pairs: same-class\n").diagnostics,
                       ["content/mail/_family.yml:15:8: error: 'pairs' must be 'all', 'same_class' or 'related', not 'same-class' (did you mean 'same_class'?)"])
        XCTAssertEqual(try load("pairs:   noted\n").diagnostics,
                       ["content/mail/_family.yml:15:10: error: 'pairs' must be 'all', 'same_class' or 'related', not 'noted'"])
        XCTAssertEqual(try load("pairs: [all, related]\n").diagnostics,
                       ["content/mail/_family.yml:15:8: error: expected a string for 'pairs', found a list"])
        XCTAssertEqual(try load("pairs:\n").diagnostics,
                       ["content/mail/_family.yml:15:7: error: 'pairs' must be 'all', 'same_class' or 'related', not ''"])
    }

    /// The policy is the family's, not a language's: a translation that sets it is warned about.
    func testATranslationCannotSetIt() throws {
        let folder = try Fixture.temporaryFolder(self)
        let content = try Fixture.copy("multilingual", into: folder)
        let file = content + "/mail/_family.es.yml"
        try Fixture.write(try Fixture.read(file) + "pairs: related\n", to: file)
        let loaded = CatalogLoader.load(contentDirectory: content)
        XCTAssertEqual(loaded.catalog?.families.first?.pairs, .all)
        XCTAssertEqual(Fixture.lines(loaded.diagnostics, relativeTo: folder).filter { $0.contains("pairs") }.count, 1)
        XCTAssertTrue(Fixture.lines(loaded.diagnostics, relativeTo: folder).allSatisfy { $0.contains("warning: unknown family translation key 'pairs'") },
                      "\(Fixture.lines(loaded.diagnostics, relativeTo: folder))")
    }
}
