import Foundation
import XCTest
@testable import VersusLoad
@testable import VersusModel
@testable import VersusMarkdown
@testable import VersusMustache
@testable import VersusPlan
@testable import VersusRender

/// The README's "Templates" tables name exactly the variables the view models give each page kind: every variable
/// a template receives is documented, and every documented variable is given to some page of its kind.
final class TemplateVariablesDocumentationTests: XCTestCase {
    /// README section heading → the page kinds it documents.
    private static let sections: [(heading: String, kinds: Set<String>)] = [
        ("### `index` and `home`", ["root", "home"]), ("### `family`", ["family"]), ("### `code`", ["code"]),
        ("### `pair`", ["pair"]), ("### `search`", ["search"]), ("### `redirect` and `404`", ["redirect", "notFound"]),
    ]

    func testReadmeTablesNameTheViewModelsVariables() throws {
        let readme = try Fixture.read(Fixture.repository.appendingPathComponent("README.md").path)
        let everyPage = try Self.documentedNames(in: readme, section: "### Every page")
        var given: [String: Set<String>] = [:]
        // Between them, these catalogs have every optional fact, a pair note, fallbacks and a base URL.
        for fixture in ["multilingual", "enhanced", "basic"] {
            let loaded = CatalogLoader.load(contentDirectory: Fixture.path(fixture) + "/content")
            let catalog = try XCTUnwrap(loaded.catalog, loaded.diagnostics.map(\.description).joined(separator: "\n"))
            let plan = SitePlanner.plan(catalog, sitemapLimit: SitePlanner.sitemapLimit)
            let context = PageContext(catalog: catalog, plan: plan,
                                      entries: RenderedEntries(families: catalog.families, markdown: MarkdownRenderer(allowRawHTML: false)))
            for page in plan.pages {
                guard let kind = Self.kindName(page.kind) else { continue }
                var names = Set<String>()
                for value in context.context(for: page) { Self.collectNames(value, into: &names) }
                given[kind, default: []].formUnion(names)
            }
        }
        XCTAssertEqual(Set(given.keys), ["root", "home", "family", "code", "pair", "redirect", "search", "notFound"])
        for (heading, kinds) in Self.sections {
            let documented = try Self.documentedNames(in: readme, section: heading)
            // Each side of a comparison is an entry block, documented with the code page.
            let entryBlock = kinds == ["pair"] ? try Self.documentedNames(in: readme, section: "### `code`") : []
            let givenHere = kinds.reduce(into: Set<String>()) { $0.formUnion(given[$1] ?? []) }
            let undocumented = givenHere.subtracting(documented).subtracting(everyPage).subtracting(entryBlock)
            XCTAssertTrue(undocumented.isEmpty, "\(heading): given but not documented: \(undocumented.sorted())")
            let missing = documented.subtracting(givenHere)
            XCTAssertTrue(missing.isEmpty, "\(heading): documented but never given: \(missing.sorted())")
        }
        let everyPageGiven = given.values.reduce(into: Set<String>()) { $0.formUnion($1) }
        XCTAssertTrue(everyPage.subtracting(everyPageGiven).isEmpty, "Every page: documented but never given: \(everyPage.subtracting(everyPageGiven).sorted())")
    }

    private static func kindName(_ kind: Page.Kind) -> String? {
        switch kind {
        case .root: return "root"
        case .home: return "home"
        case .family: return "family"
        case .code: return "code"
        case .pair: return "pair"
        case .redirect: return "redirect"
        case .notFound: return "notFound"
        case .search: return "search"
        case .searchIndex, .sitemap, .robots, .redirectMap: return nil
        }
    }

    /// Every field name in `value`, nested ones included; `ui` and `headings` hold the i18n file's keys.
    private static func collectNames(_ value: TemplateValue, into names: inout Set<String>) {
        switch value {
        case .object(let fields): collect(fields, into: &names)
        case .shared(let shared): collect(shared.fields, into: &names)
        case .list(let items): for item in items { collectNames(item, into: &names) }
        case .null, .bool, .text: break
        }
    }

    private static func collect(_ fields: [String: TemplateValue], into names: inout Set<String>) {
        for (key, value) in fields {
            names.insert(key)
            if key != "ui" && key != "headings" { collectNames(value, into: &names) }
        }
    }

    /// Back-quoted words of the sections that are not variables: page kinds, site.yml keys and values.
    private static let notVariables: Set<String> = ["index", "home", "family", "pair", "search", "redirect", "layout", "site",
                                                     "base_url", "title", "article", "h2", "h3"]

    /// The back-quoted variable names of one README section (`ui.<key>` counts as `ui`).
    private static func documentedNames(in readme: String, section heading: String) throws -> Set<String> {
        let start = try XCTUnwrap(readme.range(of: "\n" + heading + "\n"), "README has \(heading)").upperBound
        let rest = readme[start...]
        let end = rest.range(of: "\n#")?.lowerBound ?? rest.endIndex
        var names = Set<String>()
        for part in rest[..<end].split(separator: "`").enumerated() where part.offset % 2 == 1 {
            let name = part.element.split(separator: ".").first.map(String.init) ?? ""
            if name.range(of: #"^[a-z][a-z_]*$"#, options: .regularExpression) != nil, !notVariables.contains(name) { names.insert(name) }
        }
        return names
    }
}
