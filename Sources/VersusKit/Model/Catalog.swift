/// Everything loaded and validated from `content/`: the input of Plan.
public struct Catalog: Sendable {
    public var site: SiteConfig
    /// In `site.yml` order; the first is the default language.
    public var languages: [Language]
    /// Sorted by id.
    public var families: [Family]

    public var defaultLanguage: Language { languages[0] }
}

public struct SiteConfig: Sendable {
    public var title: String
    public var baseURL: String?
    public var allowRawHTML: Bool
}
