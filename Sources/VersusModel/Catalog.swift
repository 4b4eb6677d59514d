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
    package var baseURL: String?
    package var allowRawHTML: Bool

    package init(title: String, baseURL: String? = nil, allowRawHTML: Bool) {
        self.title = title
        self.baseURL = baseURL
        self.allowRawHTML = allowRawHTML
    }
}
