import Foundation
import XCTest

/// A build killed at any moment leaves every output file old or new, never truncated, and the next build finishes the job.
final class InterruptedBuildTests: XCTestCase {
    private var executable: String {
        let folder = Bundle.main.executableURL!.deletingLastPathComponent()
        return folder.appendingPathComponent("versus").path
    }

    private func start(_ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    func testKilledBuildsNeverLeaveTruncatedFiles() throws {
        XCTAssertTrue(FileManager.default.isExecutableFile(atPath: executable), executable)
        let folder = try Fixture.temporaryFolder(self)
        let content = folder + "/content"
        try SyntheticCatalog.write(to: content, codes: 40)
        let build = ["build", "--content", content, "--templates", Fixture.templates, "--output"]

        let reference = try start(build + [folder + "/reference"])
        reference.waitUntilExit()
        XCTAssertEqual(reference.terminationStatus, 0)

        let path = content + "/mail/200.md"
        let original = try Fixture.read(path)
        var generator = SystemRandomNumberGenerator()
        var interrupted = 0
        for round in 0..<6 {
            // Alternate content so killed builds overwrite existing files, not only create new ones.
            let title = round % 2 == 1 ? "Synthetic reply 200 r\(round)" : "Synthetic reply 200"
            try Fixture.write(original.replacingOccurrences(of: "Synthetic reply 200", with: title), to: path)
            let process = try start(build + [folder + "/site"])
            usleep(UInt32.random(in: 20_000...600_000, using: &generator))
            if process.isRunning { kill(process.processIdentifier, SIGKILL); interrupted += 1 }
            process.waitUntilExit()
            for file in Fixture.files(in: folder + "/site") where file.hasSuffix(".html") {
                let html = try Fixture.read(folder + "/site/" + file)
                XCTAssertTrue(html.hasSuffix("</html>\n"), "round \(round): \(file) is truncated")
            }
        }
        XCTAssertGreaterThan(interrupted, 0, "at least one build was killed mid-way")

        try Fixture.write(original, to: path)
        let finish = try start(build + [folder + "/site"])
        finish.waitUntilExit()
        XCTAssertEqual(finish.terminationStatus, 0)
        let expected = Fixture.files(in: folder + "/reference")
        XCTAssertEqual(Fixture.files(in: folder + "/site"), expected, "same files, no temporary leftovers")
        for file in expected {
            XCTAssertEqual(FileManager.default.contents(atPath: folder + "/site/" + file),
                           FileManager.default.contents(atPath: folder + "/reference/" + file), file)
        }
    }
}
