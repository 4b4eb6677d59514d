import Foundation
import VersusModel
import VersusPlan

/// A language's search index as a script (`window.VersusSearchIndex = {...}`), so search works from file://
/// where fetching a JSON file is blocked. It holds the entries, not the pair pages; the script builds pair links.
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
            families.append([
                "id": family.id,
                "name": words.familyName(family),
                // code, name, summary, reply text: in catalog order, which is also pair order.
                "entries": entries.map { [$0.code, words.name($0).text, words.summary($0).text, words.title($0).text] },
                // Pairs with a hand-written note, ranked first when a query names both codes.
                "notes": family.notes.keys.filter { available.contains($0.a) && available.contains($0.b) }
                    .map { [$0.a, $0.b] }.sorted { $0.joined(separator: " ") < $1.joined(separator: " ") },
            ])
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
}
