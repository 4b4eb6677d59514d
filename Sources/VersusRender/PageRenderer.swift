import VersusModel
import VersusPlan
import VersusMarkdown
import VersusMustache
/// Renders one planned page to HTML through its template.
package struct PageRenderer: Sendable {
    /// `context` for the thread that made the renderer, a copy of it (with memos of its own) for each other thread.
    private let contexts: PerLane<PageContext>
    package let templates: TemplateSet

    package init(context: PageContext, templates: TemplateSet) {
        contexts = PerLane(first: context) { context.laneCopy() }
        self.templates = templates
    }

    var context: PageContext { contexts.current }

    /// What a page is made from: see `PageSource`.
    package func source(of page: Page) -> PageSource {
        switch page.kind {
        case .searchIndex:
            return .bytes(Array(SearchIndex(catalog: context.catalog, plan: context.plan).render(language: page.language).utf8))
        case .sitemap, .robots:
            return .bytes(Array(Sitemap(catalog: context.catalog, plan: context.plan, base: context.catalog.site.baseURL).render(page.kind).utf8))
        case .redirectMap(let format):
            return .bytes(Array(RedirectMap(catalog: context.catalog, plan: context.plan).render(format).utf8))
        default:
            return .template(name: Self.templateName(page.kind), values: context.context(for: page))
        }
    }

    /// The page's bytes; `source` is `source(of: page)`.
    package func render(_ page: Page, from source: PageSource) -> [UInt8] {
        switch source {
        case .bytes(let bytes): return bytes
        case .template(let name, let values): return templates.render(values, template: name)
        }
    }

    package func render(_ page: Page) -> [UInt8] { render(page, from: source(of: page)) }

    static func templateName(_ kind: Page.Kind) -> String {
        switch kind {
        case .root: return "index"
        case .home: return "home"
        case .family: return "family"
        case .code: return "code"
        case .pair: return "pair"
        case .redirect: return "redirect"
        case .notFound: return "404"
        case .search: return "search"
        case .searchIndex, .sitemap, .robots, .redirectMap: return ""
        }
    }
}

/// What a page is made from: the template and the context stack it renders with (outermost first), or, for pages
/// made without a template (search indexes, sitemaps, robots.txt, redirect maps), their finished bytes.
package enum PageSource: Sendable {
    case template(name: String, values: [TemplateValue])
    case bytes([UInt8])
}
