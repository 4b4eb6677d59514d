/// Two codes of a family in catalog order (`a` before `b`), naming one comparison page.
public struct CodePair: Sendable, Hashable {
    public var a: String
    public var b: String

    /// The pair of two different codes, ordered by `CodeOrder`.
    public init(_ first: String, _ second: String) {
        (a, b) = CodeOrder.precedes(first, second) ? (first, second) : (second, first)
    }
}

/// A hand-written comparison of two codes people confuse (`<a>-vs-<b>.md`), shown on their comparison page.
public struct PairNote: Sendable {
    public var pair: CodePair
    /// Keyed by language code; the default language is always present.
    public var texts: [String: PairNoteText]
}

/// A pair note in one language.
public struct PairNoteText: Sendable {
    public var language: String
    /// One or two sentences that replace the generated contrast of the lead; nil when the note has none.
    public var summary: String?
    /// The note's Markdown body (no `#` or `##` headings).
    public var markdown: String
    public var path: String
}
