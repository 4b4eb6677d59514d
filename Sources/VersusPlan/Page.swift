import VersusModel
/// One output page, decided by Plan: what it shows and where it goes.
package struct Page: Sendable, Hashable {
    package enum Kind: Sendable, Hashable {
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
        /// The server's map of reversed pairs to their comparison pages (`--redirects nginx` or `netlify`), in place
        /// of redirect pages.
        case redirectMap(RedirectMapFormat)
    }

    package var kind: Kind
    /// Language code; the root and 404 pages use the default language.
    package var language: String
    /// Output path relative to the site folder, always naming a file.
    package var path: String

    package init(kind: Kind, language: String, path: String) {
        self.kind = kind
        self.language = language
        self.path = path
    }
}

extension Page.Kind {
    /// Canonical HTML pages: everything a search engine should index.
    package var isListedInSitemap: Bool {
        switch self {
        case .root, .home, .family, .code, .pair: return true
        case .redirect, .notFound, .search, .searchIndex, .sitemap, .robots, .redirectMap: return false
        }
    }
}

extension Page.Kind {
    /// The family a page belongs to: family, code, comparison and redirect pages; nil for site-wide pages.
    package var family: String? {
        switch self {
        case .family(let id), .code(let id, _), .pair(let id, _, _), .redirect(let id, _, _): return id
        case .root, .home, .notFound, .search, .searchIndex, .sitemap, .robots, .redirectMap: return nil
        }
    }
}
