/// Two codes of a family in catalog order (`a` before `b`), naming one comparison page.
package struct CodePair: Sendable, Hashable {
    package var a: String
    package var b: String

    /// The pair of two different codes, ordered by `CodeOrder`.
    package init(_ first: String, _ second: String) {
        (a, b) = CodeOrder.precedes(first, second) ? (first, second) : (second, first)
    }
}

/// A hand-written comparison of two codes people confuse (`<a>-vs-<b>.md`), shown on their comparison page.
package struct PairNote: Sendable {
    package var pair: CodePair
    /// Keyed by language code; the default language is always present.
    package var texts: [String: PairNoteText]

    package init(pair: CodePair, texts: [String: PairNoteText]) {
        self.pair = pair
        self.texts = texts
    }
}

/// A pair note in one language.
package struct PairNoteText: Sendable {
    package var language: String
    /// One or two sentences that replace the generated contrast of the lead; nil when the note has none.
    package var summary: String?
    /// The note's Markdown body (no `#` or `##` headings).
    package var markdown: String
    package var path: String

    package init(language: String, summary: String? = nil, markdown: String, path: String) {
        self.language = language
        self.summary = summary
        self.markdown = markdown
        self.path = path
    }
}
