import Foundation
import VersusModel
import VersusMarkdown
import VersusFiles

/// Each entry's sections, and each pair note, rendered to HTML once per language it is written in, shared by every
/// page that shows it.
package struct RenderedEntries: Sendable {
    /// Keyed by family id, code, then the language the text is written in.
    private var html: [String: [String: [String: [SectionKey: String]]]] = [:]
    /// The same for comparison pages, where section ids start with the code ("250-when"), so links to a section
    /// ("#when") do too; only sections with such a link differ from `html`.
    private var prefixedHTML: [String: [String: [String: [SectionKey: String]]]] = [:]
    /// Keyed by family id, pair, then the language the note is written in.
    private var notes: [String: [CodePair: [String: String]]] = [:]

    /// `cache` keeps rendered Markdown from one reload to the next (`versus serve`); the caller ends its passes.
    package init(families: [Family], markdown: MarkdownRenderer, cache: MarkdownCache? = nil) {
        let render: @Sendable (String, String) -> String = { text, prefix in
            guard let cache else { return markdown.render(text, fragmentPrefix: prefix) }
            return cache.value(for: MarkdownKey(text: text, fragmentPrefix: prefix, allowRawHTML: markdown.allowRawHTML)) {
                markdown.render(text, fragmentPrefix: prefix)
            }
        }
        var jobs: [(family: String, code: String, text: EntryText)] = []
        for family in families {
            for entry in family.entries {
                for text in entry.texts.values { jobs.append((family.id, entry.code, text)) }
            }
        }
        let work = jobs
        let results = Parallel.map(work.count) { index in
            let job = work[index]
            let plain = job.text.sections.mapValues { render($0, "") }
            let prefixed = job.text.sections.filter { $0.value.utf8.contains(UInt8(ascii: "#")) }
                .mapValues { render($0, job.code + "-") }
            return (plain, prefixed)
        }
        for (index, job) in jobs.enumerated() {
            html[job.family, default: [:]][job.code, default: [:]][job.text.language] = results[index].0
            prefixedHTML[job.family, default: [:]][job.code, default: [:]][job.text.language] = results[index].1
        }
        for family in families {
            for (pair, note) in family.notes {
                for text in note.texts.values { notes[family.id, default: [:]][pair, default: [:]][text.language] = render(text.markdown, "") }
            }
        }
    }

    func note(family: String, pair: CodePair, language: String) -> String { notes[family]?[pair]?[language] ?? "" }

    /// The sections' HTML of an entry text; `prefixed` for a comparison page (see `prefixedHTML`).
    func sections(family: String, code: String, language: String, prefixed: Bool) -> [SectionKey: String] {
        let plain = html[family]?[code]?[language] ?? [:]
        guard prefixed, let changed = prefixedHTML[family]?[code]?[language], !changed.isEmpty else { return plain }
        return plain.merging(changed) { $1 }
    }
}

/// Markdown rendered to HTML, by its text and how it was rendered (see `GenerationCache`).
package typealias MarkdownCache = GenerationCache<MarkdownKey, String>

package struct MarkdownKey: Hashable, Sendable {
    var text: String
    var fragmentPrefix: String
    var allowRawHTML: Bool
}
