import VersusModel
import VersusMarkdown
import VersusMustache
import VersusPlan
import VersusRender

/// The renderers of a site: one per family, whose pages see a catalog holding that family alone (so they cannot
/// depend on another family's files, and a family whose sources are as at the last build renders as it did), and
/// one for the site-wide pages.
struct SiteRenderers: Sendable {
    let site: PageRenderer
    let byFamily: [String: PageRenderer]

    /// `markdown` keeps rendered Markdown from one reload to the next (`versus serve`).
    init(catalog: Catalog, plan: SitePlan, templates: TemplateSet, markdown: MarkdownCache? = nil) {
        let entries = RenderedEntries(families: catalog.families, markdown: MarkdownRenderer(allowRawHTML: catalog.site.allowRawHTML),
                                      cache: markdown)
        site = PageRenderer(context: PageContext(catalog: catalog, plan: plan, entries: entries), templates: templates)
        byFamily = Dictionary(uniqueKeysWithValues: catalog.families.map { family in
            var scoped = catalog
            scoped.families = [family]
            return (family.id, PageRenderer(context: PageContext(catalog: scoped, plan: plan, entries: entries), templates: templates))
        })
    }

    /// The renderer of `page`: its family's, or the site's for site-wide pages.
    func renderer(for page: Page) -> PageRenderer {
        page.kind.family.flatMap { byFamily[$0] } ?? site
    }
}
