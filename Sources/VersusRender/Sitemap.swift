import VersusModel
import VersusPlan
import VersusMarkdown
/// `sitemap.xml` (split with an index past 50,000 URLs) with language alternates, and `robots.txt`.
package struct Sitemap {
    let catalog: Catalog
    let plan: SitePlan
    /// Nil only when the site has no `base_url`, and then the plan has no sitemap or robots.txt.
    let base: BaseURL?

    func render(_ kind: Page.Kind) -> String {
        guard let base else { return "" }
        switch kind {
        case .robots:
            return "User-agent: *\nAllow: /\n\nSitemap: \(base.absolute(SitePaths.sitemap(part: nil)))\n"
        case .sitemap(let part):
            let parts = plan.sitemapParts
            if part == nil && parts > 0 { return index(Array(1...parts), base: base) }
            let first = part.map { ($0 - 1) * plan.sitemapLimit } ?? 0
            return urlSet(plan.pages.listed(from: first, count: part == nil ? plan.pages.listedCount : plan.sitemapLimit), base: base)
        default:
            return ""
        }
    }

    private func index(_ parts: [Int], base: BaseURL) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for part in parts { xml += "  <sitemap><loc>\(escape(base.absolute(SitePaths.sitemap(part: part))))</loc></sitemap>\n" }
        return xml + "</sitemapindex>\n"
    }

    private func urlSet(_ pages: [Page], base: BaseURL) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n"
        for page in pages {
            xml += "  <url>\n    <loc>\(escape(base.absolute(page.path)))</loc>\n"
            if page.kind != .root && catalog.languages.count > 1 {
                for language in catalog.languages {
                    if let path = plan.path(of: page.kind, in: language.code) {
                        xml += "    <xhtml:link rel=\"alternate\" hreflang=\"\(language.code)\" href=\"\(escape(base.absolute(path)))\"/>\n"
                    }
                }
                if let path = plan.path(of: page.kind, in: catalog.defaultLanguage.code) {
                    xml += "    <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"\(escape(base.absolute(path)))\"/>\n"
                }
            }
            xml += "  </url>\n"
        }
        return xml + "</urlset>\n"
    }

    private func escape(_ text: String) -> String { HTML.escape(text) }
}
