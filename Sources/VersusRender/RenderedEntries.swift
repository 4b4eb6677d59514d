import Foundation
import VersusModel
import VersusMarkdown
import VersusFiles

/// Each entry's sections, and each pair note, rendered to HTML once per language it is written in, shared by every
/// page that shows it.
package struct RenderedEntries: Sendable {
    /// Keyed by family id, code, then the language the text is written in.
    private var html: [String: [String: [String: [SectionKey: String]]]] = [:]
    /// Keyed by family id, pair, then the language the note is written in.
    private var notes: [String: [CodePair: [String: String]]] = [:]

    package init(families: [Family], markdown: MarkdownRenderer) {
        var jobs: [(family: String, code: String, text: EntryText)] = []
        for family in families {
            for entry in family.entries {
                for text in entry.texts.values { jobs.append((family.id, entry.code, text)) }
            }
        }
        let texts = jobs.map(\.text)
        let results = Parallel.map(texts.count) { index in
            texts[index].sections.mapValues { markdown.render($0) }
        }
        for (index, job) in jobs.enumerated() {
            html[job.family, default: [:]][job.code, default: [:]][job.text.language] = results[index]
        }
        for family in families {
            for (pair, note) in family.notes {
                for text in note.texts.values { notes[family.id, default: [:]][pair, default: [:]][text.language] = markdown.render(text.markdown) }
            }
        }
    }

    func note(family: String, pair: CodePair, language: String) -> String { notes[family]?[pair]?[language] ?? "" }

    func sections(family: String, code: String, language: String) -> [SectionKey: String] {
        html[family]?[code]?[language] ?? [:]
    }
}
