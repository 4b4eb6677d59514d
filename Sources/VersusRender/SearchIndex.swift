import Foundation
import VersusModel
import VersusPlan

/// A language's search index as a script (`window.VersusSearchIndex = {...}`), so search works from file://
/// where fetching a JSON file is blocked. It holds the entries, not the pair pages; the script builds pair links, and
/// learns from `pair_groups` and `pair_list` which pairs have none when the family's pair policy leaves some out.
package struct SearchIndex {
    let catalog: Catalog
    let plan: SitePlan

    func render(language code: String) -> String {
        let language = catalog.languages.first { $0.code == code }!
        let words = Words(catalog: catalog, language: language)
        var families: [[String: Any]] = []
        for family in catalog.families {
            let available = plan.available[code]?[family.id] ?? []
            let entries = family.entries.filter { available.contains($0.code) }
            guard !entries.isEmpty else { continue }
            var values: [String: Any] = [
                "id": family.id,
                "name": words.familyName(family),
                // code, name, summary, reply text: in catalog order, which is also pair order.
                "entries": entries.map { [$0.code, words.name($0).text, words.summary($0).text, words.title($0).text] },
                // Pairs with a hand-written note, ranked first when a query names both codes.
                "notes": family.notes.keys.filter { available.contains($0.a) && available.contains($0.b) }
                    .map { [$0.a, $0.b] }.sorted { $0.joined(separator: " ") < $1.joined(separator: " ") },
            ]
            if let selection = plan.pairs[family.id], let groups = selection.groups {
                values.merge(Self.pairValues(selection, groups: groups, entries: entries, notes: family.notes)) { _, new in new }
            }
            families.append(values)
        }
        let index: [String: Any] = [
            "language": code,
            "families": families,
            "text": [
                "compare": words.pattern(.pairLink).fill(["a_code": "{a}", "b_code": "{b}"]),
                "no_results": language.text(UIKey.searchNoResults.rawValue),
            ],
        ]
        let data = try! JSONSerialization.data(withJSONObject: index, options: [.sortedKeys, .withoutEscapingSlashes])
        return "window.VersusSearchIndex = \(String(decoding: data, as: UTF8.self));\n"
    }

    /// Which pairs of a family whose policy is not `all` have a page (the script's pair results and the family page's
    /// picker read them): two codes of one of `pair_groups`, a pair of `pair_list`, or a pair with a note. Without
    /// these keys, every pair has a page.
    private static func pairValues(_ selection: PairSelection, groups: [[String]], entries: [Entry],
                                   notes: [CodePair: PairNote]) -> [String: Any] {
        let position = Dictionary(uniqueKeysWithValues: entries.enumerated().map { ($1.code, $0) })
        let shownGroups = groups.map { $0.filter { position[$0] != nil } }.filter { $0.count > 1 }
        let listed = selection.linked.filter { notes[$0] == nil && position[$0.a] != nil && position[$0.b] != nil }
            .sorted { (position[$0.a]!, position[$0.b]!) < (position[$1.a]!, position[$1.b]!) }
        return ["pair_groups": shownGroups, "pair_list": listed.map { [$0.a, $0.b] }]
    }
}
