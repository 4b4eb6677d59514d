/// One catalog entry: facts shared by all languages, and its text per language.
public struct Entry: Sendable {
    public var code: String
    public var spec: [SpecReference]
    public var commands: [String]
    public var related: [String]
    public var retry: RetryAdvice?
    public var standard: Bool
    public var usedWith: [String]
    public var basicCodes: [String]
    /// Keyed by language code; the default language is always present.
    public var texts: [String: EntryText]
}

/// An entry's words in one language, with each section as Markdown source.
public struct EntryText: Sendable {
    public var language: String
    public var title: String
    public var summary: String
    public var sections: [SectionKey: String]
    public var path: String
}
