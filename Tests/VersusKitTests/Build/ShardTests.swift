import Foundation
import VersusKit
import XCTest

/// `build --shard K/N`: parts built side by side, copied together, are exactly the site one build writes.
final class ShardTests: XCTestCase {
    func testPartsAreReadFromTheFlagOrTheJobRunner() {
        func parsed(_ text: String, _ environment: [String: String] = [:]) -> String {
            switch Shard.parse(text, environment: environment) {
            case .success(let shard): return "\(shard.index)/\(shard.count)"
            case .failure(let error): return "error: \(error.reason)"
            }
        }
        XCTAssertEqual(parsed("1/1"), "1/1")
        XCTAssertEqual(parsed("2/3"), "2/3")
        XCTAssertEqual(parsed("0/3"), "error: names part 0 of 3; parts are numbered from 1 to their number ('0/3')")
        XCTAssertEqual(parsed("4/3"), "error: names part 4 of 3; parts are numbered from 1 to their number ('4/3')")
        XCTAssertEqual(parsed("1/0"), "error: names part 1 of 0; parts are numbered from 1 to their number ('1/0')")
        XCTAssertEqual(parsed("3"), "error: must be K/N (for example 2/3) or auto, not '3'")
        XCTAssertEqual(parsed("a/b"), "error: must be K/N (for example 2/3) or auto, not 'a/b'")
        // Kubernetes counts from 0 and says nothing of the count; GitLab counts from 1.
        XCTAssertEqual(parsed("auto", ["JOB_COMPLETION_INDEX": "0", "VERSUS_SHARDS": "4"]), "1/4")
        XCTAssertEqual(parsed("auto", ["JOB_COMPLETION_INDEX": "3", "VERSUS_SHARDS": "4"]), "4/4")
        XCTAssertEqual(parsed("auto", ["JOB_COMPLETION_INDEX": "4", "VERSUS_SHARDS": "4"]),
                       "error: names part 5 of 4; parts are numbered from 1 to their number ('auto')")
        XCTAssertEqual(parsed("auto", ["JOB_COMPLETION_INDEX": "0"]),
                       "error: auto found JOB_COMPLETION_INDEX but not VERSUS_SHARDS, the number of parts; set it in the Job spec")
        XCTAssertEqual(parsed("auto", ["CI_NODE_INDEX": "2", "CI_NODE_TOTAL": "5"]), "2/5")
        XCTAssertEqual(parsed("auto"), "error: auto needs JOB_COMPLETION_INDEX and VERSUS_SHARDS (Kubernetes) or CI_NODE_INDEX and CI_NODE_TOTAL (GitLab CI)")
    }

    /// N processes side by side, each into its own folder: no file is written twice, and together they are the
    /// single build, file for file and byte for byte (sitemaps, robots.txt and three languages included).
    func testPartsCopiedTogetherAreTheWholeSite() throws {
        let folder = try Fixture.temporaryFolder(self)
        _ = try Fixture.copy("multilingual", into: folder)
        let build = ["build", "--templates", Fixture.templates, "-q"]
        let whole = try VersusProcess.run(build + ["--output", "whole"], in: folder)
        XCTAssertEqual(whole.status, 0, whole.errors)
        let expected = Fixture.files(in: folder + "/whole")
        for count in [1, 2, 3, 7] {
            let runs = (1...count).map { VersusProcess.prepared(build + ["--shard", "\($0)/\(count)", "--output", "parts-\(count)/\($0)"], in: folder) }
            for run in runs { try run.0.run() }
            for run in runs {
                run.0.waitUntilExit()
                XCTAssertEqual(run.0.terminationStatus, 0, String(decoding: run.errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self))
            }
            var owner: [String: Int] = [:]
            for part in 1...count {
                let files = Fixture.files(in: folder + "/parts-\(count)/\(part)")
                XCTAssertFalse(files.isEmpty, "part \(part) of \(count) wrote nothing")
                for file in files {
                    XCTAssertNil(owner[file], "\(file) written by parts \(owner[file] ?? 0) and \(part) of \(count)")
                    owner[file] = part
                    XCTAssertEqual(FileManager.default.contents(atPath: folder + "/parts-\(count)/\(part)/" + file),
                                   FileManager.default.contents(atPath: folder + "/whole/" + file), "\(file) in part \(part) of \(count)")
                }
            }
            XCTAssertEqual(owner.keys.sorted(), expected, "the parts of \(count) together")
        }
    }

    /// Each part keeps its own manifest: after an edit and a removed entry, rebuilt parts are again the whole site.
    func testPartsRebuildIncrementally() throws {
        let folder = try Fixture.temporaryFolder(self)
        let content = try Fixture.copy("basic", into: folder)
        let build = ["build", "--templates", Fixture.templates, "-q"]
        func buildAll() throws {
            XCTAssertEqual(try VersusProcess.run(build + ["--output", "whole"], in: folder).status, 0)
            for part in 1...3 {
                let run = try VersusProcess.run(build + ["--shard", "\(part)/3", "--output", "parts/\(part)"], in: folder)
                XCTAssertEqual(run.status, 0, run.errors)
            }
        }
        try buildAll()
        try Fixture.write(try Fixture.read(content + "/mail/354.md").replacingOccurrences(of: "title: Start mail input", with: "title: Start message input"),
                          to: content + "/mail/354.md")
        try FileManager.default.removeItem(atPath: content + "/mail/451.md")
        try FileManager.default.removeItem(atPath: content + "/mail/535-vs-451.md")
        try buildAll()
        var union: [String] = []
        for part in 1...3 {
            for file in Fixture.files(in: folder + "/parts/\(part)") {
                union.append(file)
                XCTAssertEqual(FileManager.default.contents(atPath: folder + "/parts/\(part)/" + file),
                               FileManager.default.contents(atPath: folder + "/whole/" + file), file)
            }
        }
        XCTAssertEqual(union.sorted(), Fixture.files(in: folder + "/whole"))
    }

    func testAMalformedShardIsAUsageError() throws {
        let folder = try Fixture.temporaryFolder(self)
        let result = try VersusProcess.run(["build", "--shard", "4/3"], in: folder)
        XCTAssertEqual(result.status, 64)
        XCTAssertTrue(result.errors.hasPrefix("error: --shard names part 4 of 3"), result.errors)
        let archive = try VersusProcess.run(["build", "--shard", "1/2", "--archive", "all.zip"], in: folder)
        XCTAssertEqual(archive.status, 64)
        XCTAssertTrue(archive.errors.hasPrefix("error: --archive packs a whole site; build it without --shard"), archive.errors)
    }
}
