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
        let families = catalog.families.map { family in
            var scoped = catalog
            scoped.families = [family]
            let words = EntryWordsTable(catalog: scoped)
            return (id: family.id, words: words, context: PageContext(catalog: scoped, plan: plan, entries: entries, entryWords: words))
        }
        byFamily = Dictionary(uniqueKeysWithValues: families.map { ($0.id, PageRenderer(context: $0.context, templates: templates)) })
        // An entry's words depend on its family and language alone, so the site-wide pages take the families' own.
        let words = EntryWordsTable(merging: families.map(\.words))
        site = PageRenderer(context: PageContext(catalog: catalog, plan: plan, entries: entries, entryWords: words), templates: templates)
    }

    /// The renderer of `page`: its family's, or the site's for site-wide pages.
    func renderer(for page: Page) -> PageRenderer {
        page.kind.family.flatMap { byFamily[$0] } ?? site
    }
}
