/// How much of the catalog each translation language covers.
public struct TranslationCoverage: Sendable {
    public var language: String
    public var translated: Int
    public var total: Int
    /// `family/code` of every entry without a translation, in catalog order.
    public var missing: [String]

    public static func compute(_ catalog: Catalog) -> [TranslationCoverage] {
        catalog.languages.dropFirst().map { language in
            var coverage = TranslationCoverage(language: language.code, translated: 0, total: 0, missing: [])
            for family in catalog.families {
                for entry in family.entries {
                    coverage.total += 1
                    if entry.texts[language.code] != nil { coverage.translated += 1 } else { coverage.missing.append("\(family.id)/\(entry.code)") }
                }
            }
            return coverage
        }
    }
}
