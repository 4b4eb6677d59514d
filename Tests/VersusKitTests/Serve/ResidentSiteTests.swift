import Foundation
import Synchronization
import VersusBuild
import VersusKit
import XCTest

/// `serve` holds the site in memory and renders each page when asked for: after any sequence of edits, every file a
/// clean build writes is served with the same bytes, and nothing else is served.
final class ResidentSiteTests: XCTestCase {
    static let sequences = Int(ProcessInfo.processInfo.environment["VERSUS_SEQUENCES"] ?? "").map { max(1, $0 / 8) } ?? 24

    func testServedFilesEqualACleanBuildAfterAnySequenceOfEdits() throws {
        let failures = Mutex<[String]>([])
        let scratch = try Fixture.temporaryFolder(self)
        DispatchQueue.concurrentPerform(iterations: Self.sequences) { seed in
            do {
                if let failure = try Self.run(seed: UInt64(seed), in: scratch + "/\(seed)") { failures.withLock { $0.append(failure) } }
            } catch {
                failures.withLock { $0.append("seed \(seed): \(error)") }
            }
        }
        XCTAssertEqual(failures.withLock { $0.sorted() }, [])
    }

    static func run(seed: UInt64, in folder: String) throws -> String? {
        let project = try EditableProject(folder: folder, seed: seed)
        let site = ResidentSite(options: BuildOptions(contentDirectory: project.content, templatesDirectory: project.templates,
                                                      outputDirectory: folder + "/unused"))
        _ = try site.reload()
        var applied: [String] = ["nothing"]
        var earlier: [String] = []
        for step in 0...3 {
            if step > 0 {
                applied.append(try project.randomEdit())
                _ = try site.reload()
            }
            let clean = folder + "/clean-\(step)"
            // serve answers reversed pairs with redirect pages, whatever `--redirects` the project's builds use.
            _ = try SiteBuilder.build(BuildOptions(contentDirectory: project.content, templatesDirectory: project.templates, outputDirectory: clean))
            let files = Fixture.files(in: clean)
            for file in files where site.file(at: file) != FileManager.default.contents(atPath: clean + "/" + file).map(Array.init) {
                return "seed \(seed), after \(applied.joined(separator: "; ")): \(file) is served with other bytes than a build writes"
            }
            for gone in Set(earlier).subtracting(files) where site.hasFile(at: gone) {
                return "seed \(seed), after \(applied.joined(separator: "; ")): \(gone) is still served"
            }
            earlier = files
            try FileManager.default.removeItem(atPath: clean)
        }
        return FileManager.default.fileExists(atPath: folder + "/unused") ? "seed \(seed): serve wrote its output folder" : nil
    }

    func testPathsOutsideThePlanAreNotServed() throws {
        let project = try EditableProject(folder: try Fixture.temporaryFolder(self) + "/project", seed: 1)
        let site = ResidentSite(options: BuildOptions(contentDirectory: project.content, templatesDirectory: project.templates))
        _ = try site.reload()
        XCTAssertNotNil(site.file(at: "en/mail/250.html"))
        XCTAssertNotNil(site.file(at: "en/mail/250-vs-535.html"))
        XCTAssertNotNil(site.file(at: "en/mail/535-vs-250.html"), "the reversed pair's redirect page")
        for path in ["en/mail/250-vs-250.html", "en/mail/250-vs-999.html", "en/mail/250", "en/mail/250.md", "en/mail/", "en/mail",
                     "en/nope/250.html", "xx/mail/250.html", "../en/mail/250.html", "en/mail/250-vs-535-vs-250.html", "assets/",
                     "en/mail/index.htm", "EN/mail/250.html"] {
            XCTAssertFalse(site.hasFile(at: path), path)
            XCTAssertNil(site.file(at: path), path)
        }
    }

    func testContentWithErrorsKeepsTheLastGoodSite() throws {
        let project = try EditableProject(folder: try Fixture.temporaryFolder(self) + "/project", seed: 1)
        let site = ResidentSite(options: BuildOptions(contentDirectory: project.content, templatesDirectory: project.templates))
        _ = try site.reload()
        let good = try XCTUnwrap(site.file(at: "en/mail/250.html"))
        let entry = project.content + "/mail/250.md"
        try Fixture.write(try Fixture.read(entry).replacingOccurrences(of: "code:", with: "code: [", options: [], range: nil), to: entry)
        XCTAssertThrowsError(try site.reload()) { error in
            guard case BuildFailure.invalidInput(let diagnostics) = error else { return XCTFail("\(error)") }
            XCTAssertTrue(diagnostics.contains { $0.severity == .error && $0.path.hasSuffix("mail/250.md") }, "\(diagnostics)")
        }
        XCTAssertEqual(site.file(at: "en/mail/250.html"), good)
    }
}
