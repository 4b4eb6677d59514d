import VersusModel
/// Every page of the site with its path: the output of Plan, the input of Render.
package struct SitePlan: Sendable {
    /// Made when read (see `PlannedPages`).
    package var pages: PlannedPages
    /// For each language, the entry codes shown in it, per family.
    package var available: [String: [String: Set<String>]]
    /// For each family, the pairs its policy gives a comparison page.
    package var pairs: [String: PairSelection]
    /// For each language, the number of comparison pages per family.
    package var pairCounts: [String: [String: Int]]
    /// URLs per sitemap file.
    package var sitemapLimit: Int
    /// The language of the root, 404 and sitemap pages.
    package var defaultLanguage: String
    /// How reversed pairs are answered: redirect pages, a server's map, or not at all.
    package var redirects: RedirectMode

    init(pages: PlannedPages, available: [String: [String: Set<String>]], pairs: [String: PairSelection], pairCounts: [String: [String: Int]],
         sitemapLimit: Int, defaultLanguage: String, redirects: RedirectMode) {
        self.pages = pages
        self.available = available
        self.pairs = pairs
        self.pairCounts = pairCounts
        self.sitemapLimit = sitemapLimit
        self.defaultLanguage = defaultLanguage
        self.redirects = redirects
    }

    /// The page whose output path is `path` (relative to the site's root), or nil when the site has none.
    package func page(at path: String) -> Page? { locate(path)?.page }

    /// The page whose output path is `path`, with its position in `pages`, or nil when the site has none.
    package func locate(_ path: String) -> (page: Page, position: Int)? {
        pages.page(at: path) { family, a, b in pairs[family]?.contains(a, b) ?? false }
    }

    /// Sitemap files past the index (`sitemap-<n>.xml`): none while every listed page fits in one file.
    package var sitemapParts: Int {
        pages.listedCount > sitemapLimit ? (pages.listedCount + sitemapLimit - 1) / sitemapLimit : 0
    }

    /// The path of a page in a language, if that language has it.
    package func path(of kind: Page.Kind, in language: String) -> String? {
        let exists: Bool
        switch kind {
        case .root, .notFound, .sitemap, .robots: exists = language == defaultLanguage
        case .home, .search, .searchIndex: exists = available[language] != nil
        case .family(let family): exists = available[language]?[family] != nil
        case .code(let family, let code): exists = isAvailable(code, family: family, in: language)
        case .pair(let family, let a, let b): exists = hasPair(a, b, family: family, in: language)
        case .redirect(let family, let a, let b): exists = redirects.writesPages && hasPair(a, b, family: family, in: language)
        case .redirectMap(let format): exists = language == defaultLanguage && redirects.mapFormat == format
        }
        return exists ? SitePaths.path(of: kind, language: language) : nil
    }

    package func isAvailable(_ code: String, family: String, in language: String) -> Bool {
        available[language]?[family]?.contains(code) ?? false
    }

    /// True when the two different codes have a comparison page in the language: both are shown in it, and the
    /// family's pair policy gives them a page.
    package func hasPair(_ first: String, _ second: String, family: String, in language: String) -> Bool {
        isAvailable(first, family: family, in: language) && isAvailable(second, family: family, in: language)
            && (pairs[family]?.contains(first, second) ?? false)
    }
}
