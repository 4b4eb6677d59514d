import Foundation
import VersusCheck
import XCTest

/// A folder that holds no built site is an error, never "no broken links": a mistyped `--output` must fail.
final class NoSiteTests: XCTestCase {
    private func message(checking path: String, in folder: String) -> String? {
        do {
            let diagnostics = try LinkChecker.check(site: folder + "/" + path)
            XCTFail("\(path) passed as a site: \(diagnostics)")
            return nil
        } catch {
            return Fixture.lines([error.diagnostic], relativeTo: folder).first
        }
    }

    func testAMissingFolderIsNoSite() throws {
        let folder = try Fixture.temporaryFolder(self)
        XCTAssertEqual(message(checking: "sitee", in: folder),
                       "sitee: error: no site here: the folder does not exist (build first, or pass --output)")
    }

    func testAFileIsNoSite() throws {
        let folder = try Fixture.temporaryFolder(self)
        try Fixture.write("<!doctype html><p>a page, but a file</p>\n", to: folder + "/index.html")
        XCTAssertEqual(message(checking: "index.html", in: folder),
                       "index.html: error: no site here: this is a file, not a folder (pass the output folder with --output)")
    }

    func testAnEmptyFolderIsNoSite() throws {
        let folder = try Fixture.temporaryFolder(self)
        try FileManager.default.createDirectory(atPath: folder + "/site", withIntermediateDirectories: true)
        XCTAssertEqual(message(checking: "site", in: folder),
                       "site: error: no site here: the folder holds no HTML pages (build first, or pass --output)")
    }

    func testAFolderWithoutHTMLPagesIsNoSite() throws {
        let folder = try Fixture.temporaryFolder(self)
        try Fixture.write("body {}\n", to: folder + "/site/assets/style.css")
        try Fixture.write("<!doctype html>\n", to: folder + "/site/notes.htm")
        try Fixture.write("{}\n", to: folder + "/site/en/search-index.js")
        XCTAssertEqual(message(checking: "site", in: folder),
                       "site: error: no site here: the folder holds no HTML pages (build first, or pass --output)")
    }

    func testOnePageIsASite() throws {
        let site = try LinkCheckSite(self, ["deep/er/page.html": "<!doctype html><title>t</title><p>No links.</p>\n"])
        XCTAssertEqual(site.check(), [])
    }
}
