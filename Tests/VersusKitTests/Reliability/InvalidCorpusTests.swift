import VersusDiagnostics
import VersusModel
import VersusLoad
import VersusRender
import VersusBuild
import VersusKit
import XCTest

/// Runs every case of `Fixtures/invalid/`: the basic fixture with the case's `overlay/` copied over it
/// (and the paths of `remove.txt` deleted) must give exactly the diagnostics of `expected.txt`.
/// With an error, `check` and `build` fail and nothing is written; with warnings only, the build succeeds.
final class InvalidCorpusTests: XCTestCase {
    func testEveryCaseGivesItsExactDiagnostics() throws {
        let corpus = Fixture.path("invalid")
        let cases = try FileManager.default.contentsOfDirectory(atPath: corpus).sorted()
        XCTAssertGreaterThanOrEqual(cases.count, 15)
        for name in cases {
            try check(case: name, in: corpus + "/" + name)
        }
    }

    private func check(case name: String, in folder: String) throws {
        let work = try Fixture.temporaryFolder(self)
        let content = try Fixture.copy("basic", into: work)
        let templates = work + "/templates"
        try FileManager.default.copyItem(atPath: Fixture.templates, toPath: templates)
        let overlay = folder + "/overlay"
        for file in Fixture.files(in: overlay) {
            let target = work + "/" + file
            try? FileManager.default.removeItem(atPath: target)
            try FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: overlay + "/" + file, toPath: target)
        }
        if let removals = try? Fixture.read(folder + "/remove.txt") {
            for path in removals.split(separator: "\n") { try FileManager.default.removeItem(atPath: work + "/" + path) }
        }
        let expected = try Fixture.read(folder + "/expected.txt").split(separator: "\n").map(String.init)
        let options = BuildOptions(contentDirectory: content, templatesDirectory: templates, outputDirectory: work + "/site")

        let (_, _, diagnostics) = SiteBuilder.check(options)
        XCTAssertEqual(Fixture.lines(diagnostics, relativeTo: work), expected, name)
        XCTAssertFalse(FileManager.default.fileExists(atPath: work + "/site"), "\(name): check writes nothing")

        if diagnostics.hasErrors {
            XCTAssertThrowsError(try SiteBuilder.build(options), name) { error in
                XCTAssertEqual((error as? BuildFailure)?.exitCode, 1, name)
            }
            XCTAssertFalse(FileManager.default.fileExists(atPath: work + "/site"), "\(name): a failed build writes nothing")
        } else {
            XCTAssertNoThrow(try SiteBuilder.build(options), name)
        }
    }
}
