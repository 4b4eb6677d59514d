/// Every page of the site with its path: the output of Plan, the input of Render.
public struct SitePlan: Sendable {
    public var pages: [Page]
    /// For each language, the entry codes shown in it, per family.
    public var available: [String: [String: Set<String>]]
    private var pathsByIdentity: [String: [Page.Kind: String]]

    init(pages: [Page], available: [String: [String: Set<String>]]) {
        self.pages = pages
        self.available = available
        var index: [String: [Page.Kind: String]] = [:]
        for page in pages { index[page.language, default: [:]][page.kind] = page.path }
        pathsByIdentity = index
    }

    /// The path of a page in a language, if that language has it.
    public func path(of kind: Page.Kind, in language: String) -> String? { pathsByIdentity[language]?[kind] }

    public func isAvailable(_ code: String, family: String, in language: String) -> Bool {
        available[language]?[family]?.contains(code) ?? false
    }

    /// HTML pages a reader can land on: everything but redirects and search indexes.
    public var canonicalPageCount: Int {
        pages.filter { page in
            switch page.kind {
            case .redirect, .searchIndex: return false
            default: return true
            }
        }.count
    }
}
