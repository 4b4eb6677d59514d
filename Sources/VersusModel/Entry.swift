/// One catalog entry: facts shared by all languages, and its text per language.
package struct Entry: Sendable {
    package var code: String
    package var spec: [SpecReference]
    package var commands: [String]
    package var related: [String]
    package var retry: RetryAdvice?
    package var standard: Bool
    /// The classes an enhanced status code is sent with ("4", "5"), for families whose class is not in the code.
    package var usedWith: [String]
    package var basicCodes: [String]
    /// The keys of the family's exchange steps where the code is drawn, in exchange order: the entry's `steps`, or
    /// the placement its commands and classes give (`Exchange.placement`). Empty when it is drawn nowhere.
    package var steps: [String]
    /// Keyed by language code; the default language is always present.
    package var texts: [String: EntryText]

    package init(code: String, spec: [SpecReference], commands: [String], related: [String], retry: RetryAdvice? = nil, standard: Bool, usedWith: [String], basicCodes: [String], texts: [String: EntryText], steps: [String] = []) {
        self.code = code
        self.spec = spec
        self.commands = commands
        self.related = related
        self.retry = retry
        self.standard = standard
        self.usedWith = usedWith
        self.basicCodes = basicCodes
        self.texts = texts
        self.steps = steps
    }
}

/// An entry's words in one language, with each section as Markdown source.
package struct EntryText: Sendable {
    package var language: String
    /// The reply text as the spec words it ("Requested mail action okay, completed").
    package var title: String
    /// The short common name people search for ("OK"); the title when the file gives none.
    package var name: String
    package var summary: String
    /// When a server (or an implementer) should send the code, from the sender's side; nil when not written.
    package var useWhen: String?
    package var sections: [SectionKey: String]
    package var path: String

    package init(language: String, title: String, name: String, summary: String, useWhen: String? = nil, sections: [SectionKey: String], path: String) {
        self.language = language
        self.title = title
        self.name = name
        self.summary = summary
        self.useWhen = useWhen
        self.sections = sections
        self.path = path
    }
}
