import VersusModel
import VersusLoad
import VersusRender
import VersusBuild
import VersusKit
import XCTest

/// Rebuilds skip what did not change, rewrite only the pages that show an edited entry, and remove stale pages.
final class IncrementalBuildTests: XCTestCase {
    private var folder = ""
    private var content = ""
    private var output: String { folder + "/site" }

    override func setUpWithError() throws {
        folder = try Fixture.temporaryFolder(self)
        content = try Fixture.copy("basic", into: folder)
    }

    private func build() throws -> BuildReport {
        try SiteBuilder.build(BuildOptions(contentDirectory: content, templatesDirectory: Fixture.templates, outputDirectory: output))
    }

    private func modificationTimes() -> [String: Int64] {
        var times: [String: Int64] = [:]
        for file in Fixture.files(in: output) {
            var info = stat()
            stat(output + "/" + file, &info)
            times[file] = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        }
        return times
    }

    func testNoOpRebuildWritesNothing() throws {
        _ = try build()
        let before = modificationTimes()
        usleep(20_000)
        let report = try build()
        XCTAssertEqual(report.filesWritten, 0)
        XCTAssertEqual(report.filesRemoved, 0)
        XCTAssertEqual(modificationTimes(), before)
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder + "/.versus"), "the manifest lives beside the content")
        XCTAssertFalse(Fixture.files(in: output).contains { $0.contains("manifest") })
    }

    func testEditingOneEntryRewritesOnlyThePagesThatShowIt() throws {
        _ = try build()
        let before = modificationTimes()
        let path = content + "/mail/354.md"
        try Fixture.write(try Fixture.read(path).replacingOccurrences(of: "The server is ready for the message.", with: "The server now waits for the message."), to: path)
        usleep(20_000)
        let report = try build()
        let after = modificationTimes()
        let rewritten = Set(after.keys.filter { after[$0] != before[$0] })
        XCTAssertEqual(rewritten, ["en/mail/354.html", "en/mail/250-vs-354.html", "en/mail/354-vs-451.html", "en/mail/354-vs-535.html"])
        XCTAssertEqual(report.filesWritten, 4)

        // The result is the same as a clean build.
        let clean = folder + "/clean"
        _ = try SiteBuilder.build(BuildOptions(contentDirectory: content, templatesDirectory: Fixture.templates, outputDirectory: clean))
        for file in Fixture.files(in: clean) {
            XCTAssertEqual(FileManager.default.contents(atPath: clean + "/" + file), FileManager.default.contents(atPath: output + "/" + file), file)
        }
    }

    func testPairNotesRewriteOnlyThePagesThatShowThem() throws {
        _ = try build()
        var before = modificationTimes()
        let note = content + "/mail/535-vs-451.md"
        try Fixture.write(try Fixture.read(note).replacingOccurrences(of: "keep the message queued", with: "hold the message"), to: note)
        usleep(20_000)
        _ = try build()
        var after = modificationTimes()
        XCTAssertEqual(Set(after.keys.filter { after[$0] != before[$0] }), ["en/mail/451-vs-535.html"])

        // A new note adds the pair to "Frequently compared" of its family, both code pages and the search index.
        before = after
        try Fixture.write("---\nsummary: 250 ends a step; 354 asks for the data.\n---\n\nAfter DATA, 354 comes first.\n", to: content + "/mail/250-vs-354.md")
        usleep(20_000)
        _ = try build()
        after = modificationTimes()
        XCTAssertEqual(Set(after.keys.filter { after[$0] != before[$0] }),
                       ["en/mail/250-vs-354.html", "en/mail/250.html", "en/mail/354.html", "en/mail/index.html", "en/search-index.js"])

        let clean = folder + "/clean"
        _ = try SiteBuilder.build(BuildOptions(contentDirectory: content, templatesDirectory: Fixture.templates, outputDirectory: clean))
        XCTAssertEqual(Fixture.files(in: clean), Fixture.files(in: output))
        for file in Fixture.files(in: clean) {
            XCTAssertEqual(FileManager.default.contents(atPath: clean + "/" + file), FileManager.default.contents(atPath: output + "/" + file), file)
        }
    }

    func testChangingATitleRewritesTheListsThatShowIt() throws {
        _ = try build()
        let before = modificationTimes()
        let path = content + "/mail/354.md"
        try Fixture.write(try Fixture.read(path).replacingOccurrences(of: "title: Start mail input", with: "title: Start message input"), to: path)
        usleep(20_000)
        _ = try build()
        let after = modificationTimes()
        let rewritten = Set(after.keys.filter { after[$0] != before[$0] })
        XCTAssertTrue(rewritten.isSuperset(of: ["en/mail/index.html", "en/mail/250.html", "en/search-index.js", "en/mail/451-vs-354.html"]))
        XCTAssertFalse(rewritten.contains("en/mail/250-vs-451.html"))
    }

    func testDeletedEntryLosesItsPagesButOtherFilesStay() throws {
        _ = try build()
        try Fixture.write("mine\n", to: output + "/notes.txt")
        try Fixture.write("mine\n", to: output + "/en/mail/999.html")
        try FileManager.default.removeItem(atPath: content + "/mail/451.md")
        try FileManager.default.removeItem(atPath: content + "/mail/535-vs-451.md")
        let report = try build()
        let files = Set(Fixture.files(in: output))
        XCTAssertFalse(files.contains { $0.contains("451") }, "\(files.filter { $0.contains("451") })")
        XCTAssertTrue(files.contains("notes.txt"))
        XCTAssertTrue(files.contains("en/mail/999.html"))
        XCTAssertEqual(report.filesRemoved, 1 + 3 + 3)
    }

    func testUnchangedSourcesAreNotEvenLoaded() throws {
        _ = try build()
        XCTAssertEqual(try build().stages.map(\.name), ["compare with the last build"], "nothing read changed: nothing is loaded")

        // Touched but not changed: loaded and compared again, nothing written, and the next build is skipped again.
        let entry = content + "/mail/250.md"
        try Fixture.write(try Fixture.read(entry), to: entry)
        let touched = try build()
        XCTAssertTrue(touched.stages.map(\.name).contains("load"))
        XCTAssertEqual(touched.filesWritten, 0)
        XCTAssertEqual(try build().stages.map(\.name), ["compare with the last build"])

        // A page changed by hand defeats the shortcut.
        try Fixture.write("tampered\n", to: output + "/en/mail/250.html")
        XCTAssertEqual(try build().filesWritten, 1)
    }

    func testAFileChangedByHandIsRestored() throws {
        _ = try build()
        let page = output + "/en/mail/250-vs-535.html"
        let original = try Fixture.read(page)
        try Fixture.write("tampered\n", to: page)
        let report = try build()
        XCTAssertEqual(report.filesWritten, 1)
        XCTAssertEqual(try Fixture.read(page), original)
    }
}
