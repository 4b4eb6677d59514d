import VersusModel
import VersusPlan
import VersusMarkdown
import VersusMustache
/// Builds the view model a template receives for a page (documented in the README, "Template variables").
package struct PageContext: Sendable {
    let catalog: Catalog
    let plan: SitePlan
    let entries: RenderedEntries
    /// Values shared by many pages, built on first use.
    let blocks = SharedValues()
    let entryWords: EntryWordsTable

    package init(catalog: Catalog, plan: SitePlan, entries: RenderedEntries) {
        self.catalog = catalog
        self.plan = plan
        self.entries = entries
        entryWords = EntryWordsTable(catalog: catalog)
    }

    func language(_ code: String) -> Language { catalog.languages.first { $0.code == code }! }

    func family(_ id: String) -> Family { catalog.families.first { $0.id == id }! }

    /// The context stack a page's template renders with: values every page of its language and folder shares,
    /// then the page's own (which win).
    func context(for page: Page) -> [TemplateValue] {
        let words = Words(catalog: catalog, language: language(page.language))
        let shared = folderValues(page, words: words)
        switch page.kind {
        case .redirect(let id, let a, let b):
            // Half of all files are redirects: they get only what their small template shows.
            return [shared, .object(redirectPage(page, family(id), entryWords[page.language, id, a], entryWords[page.language, id, b], words: words))]
        case .pair(let id, let a, let b):
            var values = pageValues(page)
            values.merge(pairPage(page, family(id), entryWords[page.language, id, a], entryWords[page.language, id, b], words: words)) { $1 }
            return [shared, .object(values)]
        default:
            var values = pageValues(page)
            for (key, value) in fields(for: page, words: words) { values[key] = TemplateValue(value) }
            return [shared, .object(values)]
        }
    }

    /// What the other page kinds add to the common variables.
    private func fields(for page: Page, words: Words) -> [String: Any] {
        switch page.kind {
        case .root: return root(page, words: words)
        case .home: return home(page, words: words)
        case .family(let id): return familyPage(page, family(id), words: words)
        case .code(let id, let code): return codePage(page, family(id), family(id).entry(code)!, words: words)
        case .notFound: return notFound(words: words)
        case .search: return searchPage(page, words: words)
        case .pair, .redirect, .searchIndex, .sitemap, .robots: return [:]
        }
    }

    /// Variables every page receives that depend only on its language and folder, built once per folder.
    private func folderValues(_ page: Page, words: Words) -> TemplateValue {
        let language = words.language
        let folder = page.path.utf8.lastIndex(of: UInt8(ascii: "/")).map { String(page.path[..<$0]) } ?? ""
        let key = "folder/\(language.code)/\(folder)"
        if let values = blocks.get(key) { return values }
        let values: TemplateValue = .object([
            "lang": .text(language.code),
            "dir": .text(language.direction.rawValue),
            "site_title": .text(catalog.site.title),
            "root": .text(RelativeURL.toRoot(from: page.path)),
            "home_url": .text(RelativeURL.from(page.path, to: SitePaths.home(language.code))),
            "ui": languageStrings(language),
            "headings": blocks.get("headings/\(language.code)")!,
            "has_languages": .bool(catalog.languages.count > 1),
            "script_url": .text(link(page, to: SitePaths.script)),
            "search_index_url": .text(link(page, to: SitePaths.searchIndex(language.code))),
            "search_url": .text(link(page, to: SitePaths.search(language.code))),
            "language_root": .text(RelativeURL.toLanguageFolder(from: page.path, language: language.code)),
        ])
        blocks.set(key, values)
        return values
    }

    /// Variables every page receives that depend on the page itself.
    private func pageValues(_ page: Page) -> [String: TemplateValue] {
        var context: [String: TemplateValue] = ["languages": switcher(page)]
        if let base = catalog.site.baseURL {
            context["canonical"] = .text(base + page.path)
            context["alternates"] = alternates(page, base: base)
        }
        return context
    }

    /// `ui` and `headings` of a language, converted once.
    func languageStrings(_ language: Language) -> TemplateValue {
        let key = "strings/\(language.code)"
        if let value = blocks.get(key) { return value }
        // Headings first: a thread that finds the strings set may read the headings right away.
        blocks.set("headings/\(language.code)", TemplateValue(Dictionary(uniqueKeysWithValues: language.headings.map { ($0.key.rawValue, $0.value) })))
        let value = TemplateValue(language.ui)
        blocks.set(key, value)
        return value
    }

    /// The same page in each language, or that language's home when it lacks the page.
    private func switcher(_ page: Page) -> TemplateValue {
        .list(catalog.languages.map { other in
            let target = plan.path(of: page.kind, in: other.code) ?? SitePaths.home(other.code)
            return .object([
                "code": .text(other.code), "name": .text(other.name),
                "url": .text(RelativeURL.from(page.path, to: page.kind == .root ? SitePaths.home(other.code) : target)),
                "current": .bool(other.code == page.language && page.kind != .root),
            ])
        })
    }

    /// hreflang links: every language that has this page, plus `x-default` for the default language's.
    private func alternates(_ page: Page, base: String) -> TemplateValue {
        switch page.kind {
        case .root, .notFound, .redirect, .searchIndex, .search, .sitemap, .robots: return .list([])
        default: break
        }
        var links: [TemplateValue] = catalog.languages.compactMap { language in
            plan.path(of: page.kind, in: language.code).map { .object(["hreflang": .text(language.code), "url": .text(base + $0)]) }
        }
        if let path = plan.path(of: page.kind, in: catalog.defaultLanguage.code) {
            links.append(.object(["hreflang": "x-default", "url": .text(base + path)]))
        }
        return .list(links)
    }

    func link(_ page: Page, to path: String) -> String { RelativeURL.from(page.path, to: path) }

    func crumbs(_ page: Page, _ items: [(String, String?)]) -> [String: Any] {
        let list: [[String: Any]] = items.map { label, path in
            var item: [String: Any] = ["label": label]
            if let path { item["url"] = link(page, to: path) }
            return item
        }
        return ["breadcrumbs": list, "has_breadcrumbs": !list.isEmpty]
    }
}
