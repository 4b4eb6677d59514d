/// One catalog entry: facts shared by all languages, and its text per language.
public struct Entry: Sendable {
    public var code: String
    public var spec: [SpecReference]
    public var commands: [String]
    public var related: [String]
    public var retry: RetryAdvice?
    public var standard: Bool
    /// The classes an enhanced status code is sent with ("4", "5"), for families whose class is not in the code.
    public var usedWith: [String]
    public var basicCodes: [String]
    /// Keyed by language code; the default language is always present.
    public var texts: [String: EntryText]
}

/// An entry's words in one language, with each section as Markdown source.
public struct EntryText: Sendable {
    public var language: String
    /// The reply text as the spec words it ("Requested mail action okay, completed").
    public var title: String
    /// The short common name people search for ("OK"); the title when the file gives none.
    public var name: String
    public var summary: String
    /// When a server (or an implementer) should send the code, from the sender's side; nil when not written.
    public var useWhen: String?
    public var sections: [SectionKey: String]
    public var path: String
}
