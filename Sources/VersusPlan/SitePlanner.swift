import VersusModel
/// The Plan stage: decides every page and its path from the catalog. No I/O.
package enum SitePlanner {
    /// `sitemapLimit` is the sitemap protocol's 50,000 URLs per file; tests lower it. `redirects` decides whether
    /// reversed pairs get redirect pages or a map file at the root (see `RedirectMode`).
    package static func plan(_ catalog: Catalog, sitemapLimit: Int = SitePlanner.sitemapLimit, redirects: RedirectMode = .files) -> SitePlan {
        let defaultLanguage = catalog.defaultLanguage.code
        var segments: [PlannedPages.Segment] = [.fixed([Page(kind: .root, language: defaultLanguage, path: SitePaths.root)])]
        var available: [String: [String: Set<String>]] = [:]
        var pairCounts: [String: [String: Int]] = [:]
        var listed = 1
        let selections = Dictionary(uniqueKeysWithValues: catalog.families.map { ($0.id, PairSelection($0)) })
        for language in catalog.languages {
            available[language.code] = [:]
            let kinds: [Page.Kind] = [.home, .search, .searchIndex]
            segments.append(.fixed(kinds.map { Page(kind: $0, language: language.code, path: SitePaths.path(of: $0, language: language.code)) }))
            listed += 1
            for family in catalog.families {
                let codes = family.entries.filter { entry in
                    entry.texts[language.code] != nil || language.untranslated == .fallback
                }.map(\.code)
                available[language.code, default: [:]][family.id] = Set(codes)
                let pairs = selections[family.id]!.positions(of: codes).map(PlannedPages.PairList.listed) ?? .every(codes.count)
                pairCounts[language.code, default: [:]][family.id] = pairs.count
                segments.append(.family(.init(language: language.code, family: family.id, codes: codes, pairs: pairs,
                                              redirectPages: redirects.writesPages)))
                listed += 1 + codes.count + pairs.count
            }
        }
        var last = [Page(kind: .notFound, language: defaultLanguage, path: SitePaths.notFound)]
        if let format = redirects.mapFormat {
            last.append(Page(kind: .redirectMap(format), language: defaultLanguage, path: SitePaths.redirectMap(format)))
        }
        if catalog.site.baseURL != nil {
            let parts = listed > sitemapLimit ? (listed + sitemapLimit - 1) / sitemapLimit : 0
            let kinds: [Page.Kind] = [.robots, .sitemap(part: nil)] + (0..<parts).map { .sitemap(part: $0 + 1) }
            last += kinds.map { Page(kind: $0, language: defaultLanguage, path: SitePaths.path(of: $0, language: defaultLanguage)) }
        }
        segments.append(.fixed(last))
        return SitePlan(pages: PlannedPages(segments), available: available, pairs: selections, pairCounts: pairCounts,
                        sitemapLimit: sitemapLimit, defaultLanguage: defaultLanguage, redirects: redirects)
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
