@testable import VersusModel
@testable import VersusLoad
@testable import VersusPlan
import XCTest

/// `pairs:` of `_family.yml` decides which comparison pages the plan holds: exact pair lists per policy.
final class PairPolicyPlannerTests: XCTestCase {
    /// A family of `codes` (code, related, used_with), classes "2" to "5", and notes on `notes`.
    private func family(_ policy: Family.PairPolicy, classFrom: Family.ClassSource = .code,
                        _ codes: [(String, [String], [String])], notes: [(String, String)] = []) -> Family {
        let entries = codes.map { code, related, usedWith in
            Entry(code: code, spec: [], commands: [], related: related, standard: true, usedWith: usedWith, basicCodes: [], texts: [:])
        }
        let noteValues = Dictionary(uniqueKeysWithValues: notes.map { pair in
            (CodePair(pair.0, pair.1), PairNote(pair: CodePair(pair.0, pair.1), texts: [:]))
        })
        return Family(id: "mail", name: "MAIL", spec: SpecReference(rfc: "5321"), commandsAre: .commands, codePattern: ".*",
                      grouping: .class, classSource: classFrom,
                      classes: ["2", "3", "4", "5"].map { CodeClass(key: $0, hasCategories: false) },
                      subjects: [], categories: [], entries: entries, notes: noteValues, texts: [:], path: "content/mail/_family.yml",
                      pairs: policy)
    }

    private func pairs(_ family: Family, codes: [String]? = nil) -> [String] {
        PairSelection(family).pairs(of: codes ?? family.entries.map(\.code)).map { "\($0.0)-\($0.1)" }
    }

    private let smtp: [(String, [String], [String])] = [
        ("221", [], []), ("250", ["354"], []), ("354", [], []), ("421", ["221"], []), ("450", ["550"], []),
        ("451", [], []), ("535", ["250"], []), ("550", ["450"], []),
    ]

    func testAllIsEveryPair() {
        let all = family(.all, smtp, notes: [("535", "451")])
        XCTAssertEqual(pairs(all), SitePlanner.pairs(of: smtp.map(\.0)).map { "\($0.0)-\($0.1)" })
        XCTAssertEqual(pairs(all).count, 28)
        XCTAssertNil(PairSelection(all).groups)
        XCTAssertTrue(PairSelection(all).contains("221", "550"))
    }

    func testSameClassPairsCodesOfOneClassAndKeepsNotedPairs() {
        let sameClass = family(.sameClass, smtp, notes: [("535", "451")])
        XCTAssertEqual(pairs(sameClass), ["221-250", "421-450", "421-451", "450-451", "451-535", "535-550"])
        XCTAssertEqual(PairSelection(sameClass).groups, [["221", "250"], ["354"], ["421", "450", "451"], ["535", "550"]])
        XCTAssertTrue(PairSelection(sameClass).contains("550", "535"))
        XCTAssertTrue(PairSelection(sameClass).contains("535", "451"), "a noted pair keeps its page")
        XCTAssertFalse(PairSelection(sameClass).contains("250", "354"), "related does not count under same_class")
    }

    /// Enhanced codes share a class when their `used_with` lists share one; a pair sharing two is listed once.
    func testSameClassOfUsedWithCodesSharesAnyClassSentWith() {
        let enhanced = family(.sameClass, classFrom: .usedWith, [
            ("X.0.0", [], ["2"]), ("X.1.1", [], ["5"]), ("X.2.2", [], ["4", "5"]), ("X.3.3", [], ["5", "4"]),
            ("X.7.1", [], ["4"]), ("X.7.8", [], ["5"]),
        ])
        XCTAssertEqual(pairs(enhanced), ["X.1.1-X.2.2", "X.1.1-X.3.3", "X.1.1-X.7.8", "X.2.2-X.3.3", "X.2.2-X.7.1", "X.2.2-X.7.8",
                                         "X.3.3-X.7.1", "X.3.3-X.7.8"])
        XCTAssertFalse(PairSelection(enhanced).contains("X.7.1", "X.7.8"))
        XCTAssertFalse(PairSelection(enhanced).contains("X.0.0", "X.1.1"))
    }

    func testRelatedPairsCodesOneListsTheOtherAndNotedPairs() {
        let related = family(.related, smtp, notes: [("535", "451")])
        // 450 and 550 list each other: one pair.
        XCTAssertEqual(pairs(related), ["221-421", "250-354", "250-535", "450-550", "451-535"])
        XCTAssertEqual(PairSelection(related).groups, [])
        XCTAssertTrue(PairSelection(related).contains("354", "250"))
        XCTAssertFalse(PairSelection(related).contains("221", "250"))
    }

    /// A language that lacks a code lacks its pairs; the others keep theirs.
    func testPairsOfTheCodesALanguageShows() {
        let related = family(.related, smtp, notes: [("535", "451")])
        XCTAssertEqual(pairs(related, codes: ["250", "354", "451", "550"]), ["250-354"])
        let sameClass = family(.sameClass, smtp, notes: [("535", "451")])
        XCTAssertEqual(pairs(sameClass, codes: ["221", "421", "451", "535"]), ["421-451", "451-535"])
    }

    /// The listing by groups and links gives exactly the pairs `contains` accepts, in the order of `all`.
    func testPairsAreEveryPairThatContainsAcceptsInCatalogOrder() {
        var random = SeededGenerator(seed: 7)
        for round in 0..<40 {
            let codes = (0..<Int.random(in: 0...24, using: &random)).map { String(200 + $0 * 7 % 360) }
                .filter { $0.dropFirst().first! <= "5" }.sorted(by: CodeOrder.precedes)
            let values = codes.map { code in
                (code, codes.filter { $0 != code && Int.random(in: 0..<8, using: &random) == 0 },
                 ["2", "3", "4", "5"].filter { _ in Bool.random(using: &random) })
            }
            let noted = SitePlanner.pairs(of: codes).filter { _ in Int.random(in: 0..<10, using: &random) == 0 }
            for policy in Family.PairPolicy.allCases {
                for classFrom in [Family.ClassSource.code, .usedWith] {
                    let subject = family(policy, classFrom: classFrom, values, notes: noted)
                    let selection = PairSelection(subject)
                    let shown = codes.filter { _ in Int.random(in: 0..<5, using: &random) != 0 }
                    let expected = SitePlanner.pairs(of: shown).filter { selection.contains($0.0, $0.1) }.map { "\($0.0)-\($0.1)" }
                    XCTAssertEqual(pairs(subject, codes: shown), expected, "round \(round), \(policy), \(classFrom)")
                }
            }
        }
    }

    /// The plan of a loaded catalog: pair and redirect pages follow the policy, and so does `path(of:)`, which
    /// sitemaps, hreflang alternates and the language switcher read.
    func testPlanHoldsThePolicysPairsOnly() throws {
        let folder = try Fixture.temporaryFolder(self)
        let content = try Fixture.copy("basic", into: folder)
        try Fixture.write(try Fixture.read(content + "/mail/_family.yml") + "pairs: related\n", to: content + "/mail/_family.yml")
        let catalog = try XCTUnwrap(CatalogLoader.load(contentDirectory: content).catalog)
        let plan = SitePlanner.plan(catalog)
        let comparisons = plan.pages.compactMap { page -> String? in
            switch page.kind {
            case .pair(_, let a, let b): return "\(a)-vs-\(b)"
            case .redirect(_, let a, let b): return "\(b)-vs-\(a) redirect"
            default: return nil
            }
        }
        XCTAssertEqual(comparisons, ["250-vs-354", "354-vs-250 redirect", "250-vs-535", "535-vs-250 redirect",
                                     "451-vs-535", "535-vs-451 redirect"])
        XCTAssertEqual(plan.pairCounts, ["en": ["mail": 3]])
        XCTAssertEqual(plan.path(of: .pair(family: "mail", a: "250", b: "354"), in: "en"), "en/mail/250-vs-354.html")
        XCTAssertNil(plan.path(of: .pair(family: "mail", a: "250", b: "451"), in: "en"))
        XCTAssertNil(plan.path(of: .redirect(family: "mail", a: "250", b: "451"), in: "en"))
        XCTAssertTrue(plan.hasPair("535", "451", family: "mail", in: "en"))
        XCTAssertFalse(plan.hasPair("354", "451", family: "mail", in: "en"))
    }
}
