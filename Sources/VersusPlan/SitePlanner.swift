import VersusModel
/// The Plan stage: decides every page and its path from the catalog. No I/O.
package enum SitePlanner {
    /// `sitemapLimit` is the sitemap protocol's 50,000 URLs per file; tests lower it. `redirects` decides whether
    /// reversed pairs get redirect pages or a map file at the root (see `RedirectMode`).
    package static func plan(_ catalog: Catalog, sitemapLimit: Int = SitePlanner.sitemapLimit, redirects: RedirectMode = .files) -> SitePlan {
        var pages: [Page] = [Page(kind: .root, language: catalog.defaultLanguage.code, path: SitePaths.root)]
        var available: [String: [String: Set<String>]] = [:]
        var pairCounts: [String: [String: Int]] = [:]
        let selections = Dictionary(uniqueKeysWithValues: catalog.families.map { ($0.id, PairSelection($0)) })
        for language in catalog.languages {
            available[language.code] = [:]
            for kind: Page.Kind in [.home, .search, .searchIndex] {
                pages.append(Page(kind: kind, language: language.code, path: SitePaths.path(of: kind, language: language.code)))
            }
            for family in catalog.families {
                let codes = family.entries.filter { entry in
                    entry.texts[language.code] != nil || language.untranslated == .fallback
                }.map(\.code)
                available[language.code, default: [:]][family.id] = Set(codes)
                let pairs = selections[family.id]!.pairs(of: codes)
                pairCounts[language.code, default: [:]][family.id] = pairs.count
                let kinds: [Page.Kind] = [.family(family.id)]
                    + codes.map { .code(family: family.id, code: $0) }
                    + pairs.flatMap { pair -> [Page.Kind] in
                        let page = Page.Kind.pair(family: family.id, a: pair.0, b: pair.1)
                        return redirects.writesPages ? [page, .redirect(family: family.id, a: pair.0, b: pair.1)] : [page]
                    }
                pages += kinds.map { Page(kind: $0, language: language.code, path: SitePaths.path(of: $0, language: language.code)) }
            }
        }
        pages.append(Page(kind: .notFound, language: catalog.defaultLanguage.code, path: SitePaths.notFound))
        if let format = redirects.mapFormat {
            pages.append(Page(kind: .redirectMap(format), language: catalog.defaultLanguage.code, path: SitePaths.redirectMap(format)))
        }
        if catalog.site.baseURL != nil {
            let urls = pages.filter { $0.kind.isListedInSitemap }.count
            let parts = urls > sitemapLimit ? (urls + sitemapLimit - 1) / sitemapLimit : 0
            let kinds: [Page.Kind] = [.robots, .sitemap(part: nil)] + (0..<parts).map { .sitemap(part: $0 + 1) }
            pages += kinds.map { Page(kind: $0, language: catalog.defaultLanguage.code, path: SitePaths.path(of: $0, language: catalog.defaultLanguage.code)) }
        }
        return SitePlan(pages: pages, available: available, pairs: selections, pairCounts: pairCounts, sitemapLimit: sitemapLimit,
                        defaultLanguage: catalog.defaultLanguage.code, redirects: redirects)
    }

    /// The sitemap protocol's limit of URLs per file.
    package static let sitemapLimit = 50_000

    /// Every unordered pair (a, b) with a before b in catalog order: the pairs of a family whose policy is `all`.
    package static func pairs(of codes: [String]) -> [(String, String)] {
        var result: [(String, String)] = []
        result.reserveCapacity(codes.count * (codes.count - 1) / 2)
        for (index, a) in codes.enumerated() {
            for b in codes[(index + 1)...] { result.append((a, b)) }
        }
        return result
    }
}
