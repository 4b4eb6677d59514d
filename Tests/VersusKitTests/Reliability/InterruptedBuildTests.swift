import Foundation
import XCTest

/// A build killed at any moment leaves every output file old or new, never truncated, and the next build finishes
/// the job. Builds are killed at chosen points (after the Nth file written, through `VERSUS_KILL_AFTER_WRITES`):
/// the first file, the middle, the last, and a seeded series in between.
final class InterruptedBuildTests: XCTestCase {
    private var executable: String {
        let folder = Bundle.main.executableURL!.deletingLastPathComponent()
        return folder.appendingPathComponent("versus").path
    }

    private func run(_ arguments: [String], killAfter writes: Int? = nil) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["VERSUS_KILL_AFTER_WRITES"] = writes.map(String.init)
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process
    }

    func testKilledBuildsNeverLeaveTruncatedFiles() throws {
        XCTAssertTrue(FileManager.default.isExecutableFile(atPath: executable), executable)
        let folder = try Fixture.temporaryFolder(self)
        let content = folder + "/content"
        try SyntheticCatalog.write(to: content, codes: 20)
        let build = ["build", "--content", content, "--templates", Fixture.templates, "--output"]

        XCTAssertEqual(try run(build + [folder + "/reference"]).terminationStatus, 0)
        let fileCount = Fixture.files(in: folder + "/reference").count

        // Each round changes the site title, which every page shows, so every round rewrites every page.
        let path = content + "/site.yml"
        let original = try Fixture.read(path)
        var random = SeededGenerator(seed: 14)
        let points = [1, fileCount / 2, fileCount - 1] + (0..<5).map { _ in Int.random(in: 2..<fileCount / 2, using: &random) }
        for (round, point) in points.enumerated() {
            try Fixture.write(original.replacingOccurrences(of: "title: Fixture Codes", with: "title: Fixture Codes \(round)"), to: path)
            let process = try run(build + [folder + "/site"], killAfter: point)
            if point <= fileCount / 2 {
                XCTAssertEqual(process.terminationReason, .uncaughtSignal, "round \(round): killed after \(point) files")
            }
            for file in Fixture.files(in: folder + "/site") where file.hasSuffix(".html") {
                let html = try Fixture.read(folder + "/site/" + file)
                XCTAssertTrue(html.hasSuffix("</html>\n"), "round \(round): \(file) is truncated")
            }
        }

        try Fixture.write(original, to: path)
        XCTAssertEqual(try run(build + [folder + "/site"]).terminationStatus, 0)
        let expected = Fixture.files(in: folder + "/reference")
        XCTAssertEqual(Fixture.files(in: folder + "/site"), expected, "same files, no temporary leftovers")
        for file in expected {
            XCTAssertEqual(FileManager.default.contents(atPath: folder + "/site/" + file),
                           FileManager.default.contents(atPath: folder + "/reference/" + file), file)
        }
    }
}
