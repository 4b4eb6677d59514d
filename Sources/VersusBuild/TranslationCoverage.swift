import VersusDiagnostics
import VersusModel
import VersusLoad
import VersusRender
/// How much of the catalog each translation language covers.
public struct TranslationCoverage: Sendable {
    /// The language code (`es`).
    public var language: String
    /// Entries with a translation in the language.
    public var translated: Int
    /// Entries in the catalog.
    public var total: Int
    /// Translated entries whose three sections are translated too (a translation may hold only its front matter).
    public var sectionsTranslated = 0
    /// `family/code` of every entry without a translation, in catalog order.
    public var missing: [String]
    /// Pair notes translated, of all pair notes.
    public var notesTranslated = 0
    /// Pair notes in the catalog.
    public var notesTotal = 0
    /// `family/a-vs-b` of every pair note without a translation, in catalog order.
    public var missingNotes: [String] = []

    package static func compute(_ catalog: Catalog) -> [TranslationCoverage] {
        catalog.languages.dropFirst().map { language in
            var coverage = TranslationCoverage(language: language.code, translated: 0, total: 0, missing: [])
            for family in catalog.families {
                for entry in family.entries {
                    coverage.total += 1
                    if let text = entry.texts[language.code] {
                        coverage.translated += 1
                        if !text.sections.isEmpty { coverage.sectionsTranslated += 1 }
                    } else {
                        coverage.missing.append("\(family.id)/\(entry.code)")
                    }
                }
                let pairs = family.notes.keys.sorted { CodeOrder.precedes($0.a, $1.a) || ($0.a == $1.a && CodeOrder.precedes($0.b, $1.b)) }
                for pair in pairs {
                    coverage.notesTotal += 1
                    if family.notes[pair]?.texts[language.code] != nil { coverage.notesTranslated += 1 } else {
                        coverage.missingNotes.append("\(family.id)/\(pair.a)-vs-\(pair.b)")
                    }
                }
            }
            return coverage
        }
    }
}

/// What `versus check` reports about the content.
public struct ContentReport: Sendable {
    /// The size of the loaded catalog.
    public struct Summary: Sendable {
        /// Families of the catalog.
        public var families: Int
        /// Entries of all families.
        public var entries: Int
        /// Languages of `site.yml`, the default one included.
        public var languages: Int
        /// One per language other than the default, in site order.
        public var coverage: [TranslationCoverage]
    }

    /// Sorted by path, line and column.
    public var diagnostics: [Diagnostic]
    /// Nil when the content could not be loaded.
    public var summary: Summary?
}
