/// One output page, decided by Plan: what it shows and where it goes.
public struct Page: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// `index.html`: the language chooser with the default language's home.
        case root
        case home
        case family(String)
        case code(family: String, code: String)
        case pair(family: String, a: String, b: String)
        /// `<b>-vs-<a>.html`, pointing at the canonical pair page.
        case redirect(family: String, a: String, b: String)
        case notFound
        /// `<lang>/search.html`: the search page.
        case search
        /// `<lang>/search-index.js`: the language's search index, loaded as a script (works from file://).
        case searchIndex
        /// `sitemap.xml` (part nil) or `sitemap-<n>.xml`; only with `base_url`.
        case sitemap(part: Int?)
        /// `robots.txt` pointing at the sitemap; only with `base_url`.
        case robots
    }

    public var kind: Kind
    /// Language code; the root and 404 pages use the default language.
    public var language: String
    /// Output path relative to the site folder, always naming a file.
    public var path: String
}

extension Page.Kind {
    /// Canonical HTML pages: everything a search engine should index.
    public var isListedInSitemap: Bool {
        switch self {
        case .root, .home, .family, .code, .pair: return true
        case .redirect, .notFound, .search, .searchIndex, .sitemap, .robots: return false
        }
    }
}
