@testable import VersusModel
@testable import VersusLoad
@testable import VersusPlan
import XCTest

/// The plan makes its pages when read: each page is found again from its path, at its position, under every pair
/// policy and redirects mode, and nothing else is found.
final class PlannedPagesTests: XCTestCase {
    func testEveryPageIsFoundByItsPathAtItsPosition() throws {
        var catalog = try XCTUnwrap(CatalogLoader.load(contentDirectory: Fixture.repository.appendingPathComponent("content").path).catalog)
        for policy in [Family.PairPolicy.all, .sameClass, .related] {
            catalog.families = catalog.families.map { family in
                var family = family
                family.pairs = policy
                return family
            }
            // Every mode once, under `all`; the shipped catalog is large, so the other policies keep redirect pages.
            for mode in policy == .all ? RedirectMode.allCases : [.files] {
                let plan = SitePlanner.plan(catalog, redirects: mode)
                var paths = Set<String>()
                // A rebuild spells each path from the page's slot without making the page: the same bytes.
                var spelled: [(Int, PageSlot, String, String, UInt8)] = []
                plan.pages.forEachPath(plan.pages.indices, of: nil) { position, slot, path, nameStart in
                    spelled.append((position, slot, String(decoding: path, as: UTF8.self), String(decoding: path[nameStart...], as: UTF8.self),
                                    path.baseAddress![path.count]))
                }
                XCTAssertEqual(spelled.count, plan.pages.count)
                // A part of the site walks some positions only, entering and leaving segments.
                var sampled: [String] = []
                let every7th = stride(from: 1, to: plan.pages.count, by: 7).map(Int32.init)
                plan.pages.forEachPath(every7th.indices, of: every7th) { _, _, path, _ in sampled.append(String(decoding: path, as: UTF8.self)) }
                XCTAssertEqual(sampled, stride(from: 1, to: plan.pages.count, by: 7).map { plan.pages[$0].path })
                for (position, page) in plan.pages.enumerated() {
                    XCTAssertTrue(paths.insert(page.path).inserted, "\(page.path) twice")
                    let (walked, slot, path, name, terminator) = spelled[position]
                    XCTAssertEqual(walked, position)
                    XCTAssertEqual(path, page.path)
                    XCTAssertEqual(name, (page.path as NSString).lastPathComponent)
                    XCTAssertEqual(terminator, 0)
                    XCTAssertEqual(slot.shape == .siteWide, page.kind.family == nil, page.path)
                    let found = plan.locate(page.path)
                    XCTAssertEqual(found?.page, page, page.path)
                    XCTAssertEqual(found?.position, position, page.path)
                }
                XCTAssertEqual(plan.pages.listed(from: 0, count: .max).count, plan.pages.filter(\.kind.isListedInSitemap).count)
                for missing in ["en/smtp/250-vs-250.html", "en/smtp/250-vs-999.html", "en/smtp/250", "en/nope/250.html", "EN/smtp/250.html",
                                "en/smtp/250-vs-550-vs-250.html"] {
                    XCTAssertNil(plan.locate(missing), missing)
                }
            }
        }
    }

    /// A request path made of many "-vs-" is refused by its length, before any code is looked for in it (looking
    /// for each split would cost its length squared).
    func testAPathLongerThanAnyPageIsNotLookedInto() {
        let pages = PlannedPages([.family(.init(language: "en", family: "f", codes: ["250", "2.1.10"], pairs: .every(2), redirectPages: true))])
        XCTAssertEqual(pages.page(at: "en/f/250-vs-2.1.10.html", isPaired: { _, _, _ in true })?.position, 3)
        XCTAssertEqual(pages.page(at: "en/f/2.1.10-vs-250.html", isPaired: { _, _, _ in true })?.position, 4)
        let long = "en/f/" + Array(repeating: "250-vs-", count: 20_000).joined() + "250.html"
        XCTAssertNil(pages.page(at: long, isPaired: { _, _, _ in XCTFail("looked into"); return true }))
        XCTAssertNil(pages.page(at: "en/f/250-vs-2.1.10-.html", isPaired: { _, _, _ in true }))
        // A family without a code in a language (a translation that omits untranslated entries) keeps its index.
        let empty = PlannedPages([.family(.init(language: "ar", family: "f", codes: [], pairs: .every(0), redirectPages: true))])
        XCTAssertEqual(empty.page(at: "ar/f/index.html", isPaired: { _, _, _ in true })?.position, 0)
    }
}
