import VersusModel
/// Every page of the site with its path: the output of Plan, the input of Render.
package struct SitePlan: Sendable {
    package var pages: [Page]
    /// For each language, the entry codes shown in it, per family.
    package var available: [String: [String: Set<String>]]
    /// URLs per sitemap file.
    package var sitemapLimit: Int
    /// The language of the root, 404 and sitemap pages.
    package var defaultLanguage: String

    init(pages: [Page], available: [String: [String: Set<String>]], sitemapLimit: Int, defaultLanguage: String) {
        self.pages = pages
        self.available = available
        self.sitemapLimit = sitemapLimit
        self.defaultLanguage = defaultLanguage
    }

    /// The path of a page in a language, if that language has it.
    package func path(of kind: Page.Kind, in language: String) -> String? {
        let exists: Bool
        switch kind {
        case .root, .notFound, .sitemap, .robots: exists = language == defaultLanguage
        case .home, .search, .searchIndex: exists = available[language] != nil
        case .family(let family): exists = available[language]?[family] != nil
        case .code(let family, let code): exists = isAvailable(code, family: family, in: language)
        case .pair(let family, let a, let b), .redirect(let family, let a, let b):
            exists = isAvailable(a, family: family, in: language) && isAvailable(b, family: family, in: language)
        }
        return exists ? SitePaths.path(of: kind, language: language) : nil
    }

    package func isAvailable(_ code: String, family: String, in language: String) -> Bool {
        available[language]?[family]?.contains(code) ?? false
    }
}
