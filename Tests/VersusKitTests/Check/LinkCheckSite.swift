import Foundation
import VersusCheck
import VersusDiagnostics
import XCTest

/// A built site written file by file into a temporary folder (`<folder>/site`), and what the link checker says of it.
struct LinkCheckSite {
    let folder: String
    var root: String { folder + "/site" }

    /// `files` maps paths relative to the site's root to their text.
    init(_ test: XCTestCase, _ files: [String: String]) throws {
        folder = try Fixture.temporaryFolder(test)
        try FileManager.default.createDirectory(atPath: folder + "/site", withIntermediateDirectories: true)
        for (path, text) in files { try Fixture.write(text, to: folder + "/site/" + path) }
    }

    /// The diagnostics as printed, paths relative to the temporary folder (`site/index.html:2:4: error: ...`).
    func check(file: StaticString = #filePath, line: UInt = #line) -> [String] {
        do {
            return Fixture.lines(try LinkChecker.check(site: root), relativeTo: folder)
        } catch {
            XCTFail("no site: \(error.diagnostic)", file: file, line: line)
            return []
        }
    }
}
