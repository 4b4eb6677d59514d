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
                for (position, page) in plan.pages.enumerated() {
                    XCTAssertTrue(paths.insert(page.path).inserted, "\(page.path) twice")
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
}
