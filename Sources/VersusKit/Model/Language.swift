/// A language of the site with its UI strings, section headings and sentence patterns.
public struct Language: Sendable {
    public enum Untranslated: String, Sendable { case fallback, omit }
    public enum Direction: String, Sendable { case ltr, rtl }

    public var code: String
    public var untranslated: Untranslated
    public var name: String
    public var direction: Direction
    public var ui: [String: String]
    public var headings: [SectionKey: String]
    public var patterns: [PatternKey: Pattern]
    /// Advice sentences keyed by `RetryAdvice`.
    public var retry: [RetryAdvice: String]
    /// Noun phrases keyed by `Outcome` ("a permanent failure").
    public var outcomes: [String: String]

    func text(_ key: String) -> String { ui[key] ?? key }
}

/// The headings a page can show; the first three are an entry's own sections.
public enum SectionKey: String, Sendable, CaseIterable {
    case description, when, fix, inPractice = "in_practice", keyDifferences = "key_differences", whenToUse = "when_to_use"
    case learnMore = "learn_more"

    public static let entrySections: [SectionKey] = [.description, .when, .fix]
}
