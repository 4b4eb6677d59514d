/// Where each kind of page lives; the one place that spells output paths.
public enum SitePaths {
    public static let root = "index.html"
    public static let notFound = "404.html"
    public static let assets = "assets"

    public static func home(_ language: String) -> String { "\(language)/index.html" }
    public static func search(_ language: String) -> String { "\(language)/search.html" }
    public static func searchIndex(_ language: String) -> String { "\(language)/search-index.js" }
    public static let script = "assets/versus.js"
    public static let robots = "robots.txt"
    public static func sitemap(part: Int?) -> String { part.map { "sitemap-\($0).xml" } ?? "sitemap.xml" }
    public static func family(_ language: String, _ family: String) -> String { "\(language)/\(family)/index.html" }
    public static func code(_ language: String, _ family: String, _ code: String) -> String { "\(language)/\(family)/\(code).html" }
    public static func pair(_ language: String, _ family: String, _ a: String, _ b: String) -> String {
        "\(language)/\(family)/\(a)-vs-\(b).html"
    }

    public static func path(of kind: Page.Kind, language: String) -> String {
        switch kind {
        case .root: return root
        case .notFound: return notFound
        case .home: return home(language)
        case .search: return search(language)
        case .searchIndex: return searchIndex(language)
        case .sitemap(let part): return sitemap(part: part)
        case .robots: return robots
        case .family(let family): return self.family(language, family)
        case .code(let family, let code): return self.code(language, family, code)
        case .pair(let family, let a, let b): return pair(language, family, a, b)
        case .redirect(let family, let a, let b): return pair(language, family, b, a)
        }
    }
}
