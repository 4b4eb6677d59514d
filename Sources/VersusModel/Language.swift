/// A language of the site with its UI strings, section headings and sentence patterns.
package struct Language: Sendable {
    package enum Untranslated: String, Sendable { case fallback, omit }
    package enum Direction: String, Sendable { case ltr, rtl }

    package var code: String
    package var untranslated: Untranslated
    package var name: String
    package var direction: Direction
    package var ui: [String: String]
    package var headings: [SectionKey: String]
    package var patterns: [PatternKey: Pattern]
    /// Advice sentences keyed by `RetryAdvice`.
    package var retry: [RetryAdvice: String]
    /// Noun phrases keyed by `Outcome` ("a permanent failure").
    package var outcomes: [String: String]
    /// This language's names for the site's languages, by code (`language_names` of the i18n file): the fallback
    /// notice of a Spanish page says "inglés", of an Arabic page «الإنجليزية».
    package var languageNames: [String: String] = [:]

    package init(code: String, untranslated: Untranslated, name: String, direction: Direction, ui: [String: String], headings: [SectionKey: String], patterns: [PatternKey: Pattern], retry: [RetryAdvice: String], outcomes: [String: String]) {
        self.code = code
        self.untranslated = untranslated
        self.name = name
        self.direction = direction
        self.ui = ui
        self.headings = headings
        self.patterns = patterns
        self.retry = retry
        self.outcomes = outcomes
    }

    package func text(_ key: String) -> String { ui[key] ?? key }

    /// What this language calls `other`: its `language_names` entry, else the other language's own name.
    package func name(of other: Language) -> String { languageNames[other.code] ?? other.name }
}

/// The headings a page can show; the first three are an entry's own sections.
package enum SectionKey: String, Sendable, CaseIterable {
    case description, when, fix, inPractice = "in_practice", keyDifferences = "key_differences", whenToUse = "when_to_use"
    case learnMore = "learn_more"
    case exchange

    package static let entrySections: [SectionKey] = [.description, .when, .fix]
}
