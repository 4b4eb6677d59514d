import VersusModel
import VersusPlan
import VersusMarkdown
import VersusMustache
/// Renders one planned page to HTML through its template.
package struct PageRenderer: Sendable {
    let context: PageContext
    let templates: TemplateSet

    package init(context: PageContext, templates: TemplateSet) {
        self.context = context
        self.templates = templates
    }

    package func render(_ page: Page) -> [UInt8] {
        switch page.kind {
        case .searchIndex:
            return Array(SearchIndex(catalog: context.catalog, plan: context.plan).render(language: page.language).utf8)
        case .sitemap, .robots:
            return Array(Sitemap(catalog: context.catalog, plan: context.plan, base: context.catalog.site.baseURL).render(page.kind).utf8)
        default:
            break
        }
        return templates.render(context.context(for: page), template: Self.templateName(page.kind))
    }

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
        case .searchIndex, .sitemap, .robots: return ""
        }
    }
}
