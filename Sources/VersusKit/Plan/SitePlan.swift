/// Every page of the site with its path: the output of Plan, the input of Render.
public struct SitePlan: Sendable {
    public var pages: [Page]
    /// For each language, the entry codes shown in it, per family.
    public var available: [String: [String: Set<String>]]
    /// URLs per sitemap file.
    public var sitemapLimit: Int
    private var pathsByIdentity: [String: [Page.Kind: String]]

    init(pages: [Page], available: [String: [String: Set<String>]], sitemapLimit: Int) {
        self.pages = pages
        self.available = available
        self.sitemapLimit = sitemapLimit
        var index: [String: [Page.Kind: String]] = [:]
        for page in pages { index[page.language, default: [:]][page.kind] = page.path }
        pathsByIdentity = index
    }

    /// The path of a page in a language, if that language has it.
    public func path(of kind: Page.Kind, in language: String) -> String? { pathsByIdentity[language]?[kind] }

    public func isAvailable(_ code: String, family: String, in language: String) -> Bool {
        available[language]?[family]?.contains(code) ?? false
    }
}
