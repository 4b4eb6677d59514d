import VersusModel
import VersusPlan
import VersusMustache
/// Builds the view model a template receives for a page (documented in the README, "Template variables").
package struct PageContext: Sendable {
    let catalog: Catalog
    let plan: SitePlan
    let entries: RenderedEntries
    /// Values shared by many pages, built on first use.
    let blocks = SharedValues()
    let exchangeKits = ExchangeKits()
    let entryWords: EntryWordsTable
    /// Each language's patterns escaped for HTML, by language code.
    let htmlPatterns: [String: [PatternKey: Pattern]]

    /// `entryWords` are the catalog's entries' words when already made (`EntryWordsTable(merging:)` of the families'
    /// own tables); nil makes them.
    package init(catalog: Catalog, plan: SitePlan, entries: RenderedEntries, entryWords: EntryWordsTable? = nil) {
        self.catalog = catalog
        self.plan = plan
        self.entries = entries
        self.entryWords = entryWords ?? EntryWordsTable(catalog: catalog)
        htmlPatterns = Dictionary(uniqueKeysWithValues: catalog.languages.map { ($0.code, Words.escapedPatterns($0)) })
    }

    /// The same context with memos and entry words of its own, for another rendering thread: threads that share
    /// them contend for their locks and reference counts.
    func laneCopy() -> PageContext { PageContext(catalog: catalog, plan: plan, entries: entries) }

    func language(_ code: String) -> Language { catalog.languages.first { $0.code == code }! }

    func family(_ id: String) -> Family { catalog.families.first { $0.id == id }! }

    /// The context stack a page's template renders with: values every page of its language and folder shares,
    /// then the page's own (which win).
    package func context(for page: Page) -> [TemplateValue] {
        let words = Words(catalog: catalog, language: language(page.language), htmlPatterns: htmlPatterns[page.language])
        let shared = folderValues(page, words: words)
        switch page.kind {
        case .redirect(let id, let a, let b):
            // Half of all files are redirects: they get only what their small template shows.
            return [shared, redirectPage(page, family(id), entryWords[page.language, id, a], entryWords[page.language, id, b], words: words)
                .templateValue]
        default:
            // The page's view model wins over the values every page receives.
            var values = viewModel(for: page, words: words).templateValue
            values.merge(pageValues(page).templateValue, keepingExisting: true)
            return [shared, values]
        }
    }

    /// The view model of a page kind other than redirects (search indexes, sitemaps and robots.txt have none).
    func viewModel(for page: Page, words: Words) -> any TemplateConvertible {
        switch page.kind {
        case .root: return root(page, words: words)
        case .home: return home(page, words: words)
        case .family(let id): return familyPage(page, family(id), words: words)
        case .code(let id, let code): return codePage(page, family(id), family(id).entry(code)!, words: words)
        case .pair(let id, let a, let b):
            return pairPage(page, family(id), entryWords[page.language, id, a], entryWords[page.language, id, b], words: words)
        case .redirect(let id, let a, let b):
            return redirectPage(page, family(id), entryWords[page.language, id, a], entryWords[page.language, id, b], words: words)
        case .notFound: return notFound(words: words)
        case .search: return searchPage(page, words: words)
        case .searchIndex, .sitemap, .robots, .redirectMap: return TemplateValue.object([:])
        }
    }

    /// Variables every page receives that depend only on its language and folder, built once per folder.
    private func folderValues(_ page: Page, words: Words) -> TemplateValue {
        let language = words.language
        let folder = page.path.utf8.lastIndex(of: UInt8(ascii: "/")).map { String(page.path[..<$0]) } ?? ""
        let key = "folder/\(language.code)/\(folder)"
        if let values = blocks.get(key) { return values }
        let values = FolderValues(
            lang: language.code, dir: language.direction.rawValue, siteTitle: catalog.site.title,
            root: RelativeURL.toRoot(from: page.path), homeURL: RelativeURL.from(page.path, to: SitePaths.home(language.code)),
            ui: languageStrings(language), headings: blocks.get("headings/\(language.code)")!,
            hasLanguages: catalog.languages.count > 1, scriptURL: link(page, to: SitePaths.script),
            searchIndexURL: link(page, to: SitePaths.searchIndex(language.code)), searchURL: link(page, to: SitePaths.search(language.code)),
            languageRoot: RelativeURL.toLanguageFolder(from: page.path, language: language.code)
        ).templateValue.sharedObject
        blocks.set(key, values)
        return values
    }

    /// Variables every page receives that depend on the page itself.
    private func pageValues(_ page: Page) -> PageValues {
        let base = catalog.site.baseURL
        return PageValues(languages: switcher(page), canonical: base.map { $0.absolute(page.path) }, alternates: base.map { alternates(page, base: $0) })
    }

    /// `ui` and `headings` of a language, converted once.
    func languageStrings(_ language: Language) -> TemplateValue {
        let key = "strings/\(language.code)"
        if let value = blocks.get(key) { return value }
        // Headings first: a thread that finds the strings set may read the headings right away.
        blocks.set("headings/\(language.code)",
                   Dictionary(uniqueKeysWithValues: language.headings.map { ($0.key.rawValue, $0.value) }).templateValue.sharedObject)
        let value = language.ui.templateValue.sharedObject
        blocks.set(key, value)
        return value
    }

    /// The same page in each language, or that language's home when it lacks the page.
    private func switcher(_ page: Page) -> [LanguageLink] {
        catalog.languages.map { other in
            let target = plan.path(of: page.kind, in: other.code) ?? SitePaths.home(other.code)
            return LanguageLink(code: other.code, name: other.name,
                                url: RelativeURL.from(page.path, to: page.kind == .root ? SitePaths.home(other.code) : target),
                                current: other.code == page.language && page.kind != .root)
        }
    }

    /// hreflang links: every language that has this page, plus `x-default` for the default language's.
    private func alternates(_ page: Page, base: BaseURL) -> [Alternate] {
        switch page.kind {
        case .root, .notFound, .redirect, .searchIndex, .search, .sitemap, .robots, .redirectMap: return []
        default: break
        }
        var links = catalog.languages.compactMap { language in
            plan.path(of: page.kind, in: language.code).map { Alternate(hreflang: language.code, url: base.absolute($0)) }
        }
        if let path = plan.path(of: page.kind, in: catalog.defaultLanguage.code) { links.append(Alternate(hreflang: "x-default", url: base.absolute(path))) }
        return links
    }

    func link(_ page: Page, to path: String) -> String { RelativeURL.from(page.path, to: path) }

    func crumbs(_ page: Page, _ items: [(String, String?)]) -> [Crumb] {
        items.map { label, path in Crumb(label: label, url: path.map { link(page, to: $0) }) }
    }
}
