/// Everything loaded and validated from `content/`: the input of Plan.
package struct Catalog: Sendable {
    package var site: SiteConfig
    /// In `site.yml` order; the first is the default language.
    package var languages: [Language]
    /// Sorted by id.
    package var families: [Family]

    package init(site: SiteConfig, languages: [Language], families: [Family]) {
        self.site = site
        self.languages = languages
        self.families = families
    }

    package var defaultLanguage: Language { languages[0] }
}

package struct SiteConfig: Sendable {
    package var title: String
    /// Where the site is published: canonical URLs, hreflang, sitemaps and robots.txt appear only with it.
    package var baseURL: BaseURL?
    package var allowRawHTML: Bool

    package init(title: String, baseURL: BaseURL? = nil, allowRawHTML: Bool) {
        self.title = title
        self.baseURL = baseURL
        self.allowRawHTML = allowRawHTML
    }
}
