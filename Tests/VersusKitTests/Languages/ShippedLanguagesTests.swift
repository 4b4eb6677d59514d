import Foundation
import XCTest
@testable import VersusBuild
@testable import VersusFiles
@testable import VersusLoad
@testable import VersusMarkdown
@testable import VersusModel
@testable import VersusPlan
@testable import VersusRender

/// The shipped catalog in Portuguese, Arabic, Hindi and Turkish, read as its readers would: every generated sentence,
/// heading, breadcrumb and list item in their language, the fallback notice naming English in it, codes isolated
/// inside Arabic sentences. Every page of these languages is rendered in memory, on all cores, and read.
final class ShippedLanguagesTests: XCTestCase {
    private static let languages = ["pt", "ar", "hi", "tr"]

    private struct Shipped {
        var catalog: Catalog
        var plan: SitePlan
        var renderer: PageRenderer
    }

    // XCTest runs a class's tests one after another, on one thread, so the cache is never raced.
    nonisolated(unsafe) private static var loaded: Shipped?

    private func shipped() throws -> Shipped {
        if let loaded = Self.loaded { return loaded }
        let result = CatalogLoader.load(contentDirectory: Fixture.repository.appendingPathComponent("content").path)
        let catalog = try XCTUnwrap(result.catalog, result.diagnostics.map(\.description).joined(separator: "\n"))
        XCTAssertEqual(result.diagnostics.filter { $0.severity == .error }, [])
        let plan = SitePlanner.plan(catalog, sitemapLimit: SitePlanner.sitemapLimit)
        let templates = try XCTUnwrap(TemplateLoader.load(directory: Fixture.templates).0)
        let context = PageContext(catalog: catalog, plan: plan,
                                  entries: RenderedEntries(families: catalog.families, markdown: MarkdownRenderer(allowRawHTML: false)))
        let value = Shipped(catalog: catalog, plan: plan, renderer: PageRenderer(context: context, templates: templates))
        Self.loaded = value
        return value
    }

    /// The pages read: home, family, code and comparison pages.
    private func pages(_ shipped: Shipped, language: String) -> [Page] {
        shipped.plan.pages.filter { page in
            guard page.language == language else { return false }
            switch page.kind {
            case .home, .family, .code, .pair: return true
            default: return false
            }
        }
    }

    /// The generated parts of a page: headline, leads, key differences, uses, listings, breadcrumbs, table of contents.
    private static let generatedParts: [(open: String, close: String)] = [
        ("<h1>", "</h1>"), (#"<p class="lead">"#, "</p>"), (#"<ol class="differences">"#, "</ol>"), (#"<dl class="uses">"#, "</dl>"),
        (#"<section class="frequently-compared""#, "</section>"), (#"<ul class="compare-list">"#, "</ul>"),
        (#"<nav class="pager""#, "</nav>"), (#"<nav class="breadcrumbs""#, "</nav>"), (#"<ul class="code-list">"#, "</ul>"),
        (#"<ul class="family-list">"#, "</ul>"), (#"<nav class="toc""#, "</nav>"), (#"<p class="fallback-notice">"#, "</p>"),
    ]

    /// The parts of `html` from each `open` to the next `close`, searched on bytes (thousands of pages are read).
    static func parts(of html: Data, _ open: String, _ close: String) -> [Data] {
        let open = Data(open.utf8), close = Data(close.utf8)
        var found: [Data] = []
        var start = html.startIndex
        while let begin = html.range(of: open, in: start..<html.endIndex),
              let end = html.range(of: close, in: begin.upperBound..<html.endIndex) {
            found.append(html[begin.lowerBound..<end.upperBound])
            start = end.upperBound
        }
        return found
    }

    static func parts(of html: String, _ open: String, _ close: String) -> [Substring] {
        var found: [Substring] = []
        var rest = html[...]
        while let start = rest.range(of: open), let end = rest[start.upperBound...].range(of: close) {
            found.append(rest[start.lowerBound..<end.upperBound])
            rest = rest[end.upperBound...]
        }
        return found
    }

    func testGeneratedTextIsInThePageLanguage() throws {
        let shipped = try shipped()
        let english = shipped.catalog.languages[0]
        for code in Self.languages {
            let language = try XCTUnwrap(shipped.catalog.languages.first { $0.code == code }, "\(code) is a language of site.yml")
            let englishName = language.name(of: english)
            XCTAssertNotEqual(englishName, "English", "\(code)/i18n names English in its own words")
            let pages = pages(shipped, language: code)
            let englishMarker = Data(#"lang="en""#.utf8), englishWord = Data("English".utf8), nameInNotice = Data(englishName.utf8)
            let renderer = shipped.renderer
            let found = Parallel.map(pages.count) { index -> [String] in
                let page = pages[index]
                let html = Data(renderer.render(page))
                var problems: [String] = []
                func text(_ part: Data) -> String { String(decoding: part.prefix(300), as: UTF8.self) }
                for (open, close) in Self.generatedParts {
                    for part in Self.parts(of: html, open, close) {
                        if part.range(of: englishMarker) != nil { problems.append("\(page.path): English inside \(open): \(text(part))") }
                        if part.range(of: englishWord) != nil { problems.append("\(page.path): says English: \(text(part))") }
                    }
                }
                for notice in Self.parts(of: html, #"<p class="fallback-notice">"#, "</p>") where notice.range(of: nameInNotice) == nil {
                    problems.append("\(page.path): the notice does not name \(englishName): \(text(notice))")
                }
                if code == "ar", case .pair = page.kind, let lead = Self.parts(of: html, #"<p class="lead">"#, "</p>").first,
                   lead.range(of: Data("<bdi>".utf8)) == nil {
                    problems.append("\(page.path): codes are not isolated in the lead: \(text(lead))")
                }
                return problems
            }
            let problems = found.flatMap { $0 }
            XCTAssertEqual(pages.count, 7_833, "\(code): every home, family, code and comparison page")
            XCTAssertTrue(problems.isEmpty, "\(code): \(problems.count) problems, first: \(problems.prefix(5).joined(separator: "\n"))")
        }
    }

    func testEveryCodePageTitleIsTranslated() throws {
        let shipped = try shipped()
        for code in Self.languages {
            for page in shipped.plan.pages where page.language == code {
                guard case .code(let familyID, let entryCode) = page.kind else { continue }
                let entry = try XCTUnwrap(shipped.catalog.families.first { $0.id == familyID }?.entry(entryCode))
                let translation = try XCTUnwrap(entry.texts[code], "\(page.path) has a translation")
                let html = String(decoding: shipped.renderer.render(page), as: UTF8.self)
                let title = try XCTUnwrap(Self.parts(of: html, "<title>", "</title>").first)
                XCTAssertTrue(title.contains(HTML.escape(translation.name)), "\(page.path): \(title)")
            }
        }
    }

    func testPortugueseIsComplete() throws {
        let coverage = try XCTUnwrap(TranslationCoverage.compute(try shipped().catalog).first { $0.language == "pt" })
        XCTAssertEqual(coverage.translated, coverage.total)
        XCTAssertEqual(coverage.sectionsTranslated, coverage.total)
        XCTAssertEqual(coverage.notesTranslated, coverage.notesTotal)
        XCTAssertEqual(coverage.total, 241)
    }

    /// One comparison per language, exactly: regenerate with VERSUS_UPDATE_GOLDEN=1 after an intended change of the
    /// templates, patterns or these entries, and review the diff.
    func testGoldenComparisonInEachLanguage() throws {
        let shipped = try shipped()
        for code in Self.languages {
            let page = try XCTUnwrap(shipped.plan.pages.first { $0.path == "\(code)/smtp/530-vs-535.html" })
            let html = String(decoding: shipped.renderer.render(page), as: UTF8.self)
            let golden = Fixture.path("shipped-golden") + "/\(code)-smtp-530-vs-535.html"
            if ProcessInfo.processInfo.environment["VERSUS_UPDATE_GOLDEN"] == "1" { try Fixture.write(html, to: golden) }
            XCTAssertEqual(html, try Fixture.read(golden), page.path)
        }
    }
}
