@testable import VersusModel
@testable import VersusLoad
@testable import VersusPlan
import XCTest

final class SitePlannerTests: XCTestCase {
    func testEveryUnorderedPairOnceInCatalogOrder() {
        XCTAssertTrue(SitePlanner.pairs(of: ["250"]).isEmpty)
        let pairs = SitePlanner.pairs(of: ["220", "250", "535"])
        XCTAssertEqual(pairs.map { "\($0.0)-\($0.1)" }, ["220-250", "220-535", "250-535"])
        for n in [2, 5, 14, 30] {
            let codes = (0..<n).map { String(200 + $0) }
            XCTAssertEqual(SitePlanner.pairs(of: codes).count, n * (n - 1) / 2)
        }
    }

    func testPlanHasCodePairAndRedirectPages() throws {
        let catalog = try XCTUnwrap(CatalogLoader.load(contentDirectory: Fixture.path("basic") + "/content").catalog)
        let plan = SitePlanner.plan(catalog)
        let paths = Set(plan.pages.map(\.path))
        XCTAssertEqual(plan.pages.count, paths.count, "no two pages share a path")
        // root, 404, en home, search page and index, family, 4 codes, 6 pairs, 6 redirects
        XCTAssertEqual(plan.pages.count, 2 + 3 + 1 + 4 + 6 + 6)
        XCTAssertTrue(paths.isSuperset(of: ["index.html", "404.html", "en/index.html", "en/mail/index.html", "en/mail/250.html",
                                            "en/mail/250-vs-535.html", "en/mail/535-vs-250.html", "en/mail/354-vs-451.html"]))
    }

    func testRelativeURLsNameFilesAndClimbFolders() {
        XCTAssertEqual(RelativeURL.from("en/smtp/250.html", to: "en/smtp/250-vs-535.html"), "250-vs-535.html")
        XCTAssertEqual(RelativeURL.from("en/smtp/250.html", to: "en/index.html"), "../index.html")
        XCTAssertEqual(RelativeURL.from("en/smtp/250.html", to: "assets/style.css"), "../../assets/style.css")
        XCTAssertEqual(RelativeURL.from("index.html", to: "en/smtp/index.html"), "en/smtp/index.html")
        XCTAssertEqual(RelativeURL.from("en/index.html", to: "es/http/404.html"), "../es/http/404.html")
        XCTAssertEqual(RelativeURL.toRoot(from: "en/smtp/250.html"), "../../")
        XCTAssertEqual(RelativeURL.toRoot(from: "index.html"), "")
    }
}
