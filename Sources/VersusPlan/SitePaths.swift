import VersusModel
/// Where each kind of page lives; the one place that spells output paths.
package enum SitePaths {
    package static let root = "index.html"
    package static let notFound = "404.html"
    package static let assets = "assets"

    package static func home(_ language: String) -> String { "\(language)/index.html" }
    package static func search(_ language: String) -> String { "\(language)/search.html" }
    package static func searchIndex(_ language: String) -> String { "\(language)/search-index.js" }
    package static let script = "assets/versus.js"
    package static let robots = "robots.txt"
    /// `redirects.nginx.conf` for nginx to include, `_redirects` where Netlify and Cloudflare Pages look for it.
    package static func redirectMap(_ format: RedirectMapFormat) -> String {
        switch format {
        case .nginx: return "redirects.nginx.conf"
        case .netlify: return "_redirects"
        }
    }
    package static func sitemap(part: Int?) -> String { part.map { "sitemap-\($0).xml" } ?? "sitemap.xml" }
    /// The folder of a family's pages in a language.
    package static func folder(_ language: String, _ family: String) -> String { "\(language)/\(family)" }
    package static func family(_ language: String, _ family: String) -> String { "\(folder(language, family))/\(indexName)" }
    package static func code(_ language: String, _ family: String, _ code: String) -> String {
        "\(folder(language, family))/\(code)\(pageExtension)"
    }
    package static func pair(_ language: String, _ family: String, _ a: String, _ b: String) -> String {
        "\(folder(language, family))/\(a)\(pairSeparator)\(b)\(pageExtension)"
    }
    /// The pieces of a family page's file name: `index.html`, `<code>.html`, `<a>-vs-<b>.html`.
    static let indexName = "index.html"
    static let pageExtension = ".html"
    static let pairSeparator = "-vs-"

    package static func path(of kind: Page.Kind, language: String) -> String {
        switch kind {
        case .root: return root
        case .notFound: return notFound
        case .home: return home(language)
        case .search: return search(language)
        case .searchIndex: return searchIndex(language)
        case .sitemap(let part): return sitemap(part: part)
        case .robots: return robots
        case .redirectMap(let format): return redirectMap(format)
        case .family(let family): return self.family(language, family)
        case .code(let family, let code): return self.code(language, family, code)
        case .pair(let family, let a, let b): return pair(language, family, a, b)
        case .redirect(let family, let a, let b): return pair(language, family, b, a)
        }
    }
}
