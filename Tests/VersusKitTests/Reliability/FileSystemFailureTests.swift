import Foundation
import VersusDiagnostics
import VersusModel
import VersusLoad
import VersusRender
import VersusBuild
import VersusKit
import XCTest

/// Real failing file systems: a full tmpfs and a read-only bind mount. Needs permission to mount (CI runs as root).
final class FileSystemFailureTests: XCTestCase {

    /// Mounts with `command` (given the mount point), or skips when this machine does not allow mounting.
    private func mount(_ command: (String) -> String) throws -> String {
        let point = try Fixture.temporaryFolder(self) + "/mnt"
        try FileManager.default.createDirectory(atPath: point, withIntermediateDirectories: true)
        guard Shell.run(command(point)) == 0 else { throw XCTSkip("mounting is not allowed here; disk-full and read-only cases not run") }
        addTeardownBlock { _ = Shell.run("umount '\(point)'") }
        return point
    }

    private func options(output: String) throws -> BuildOptions {
        BuildOptions(contentDirectory: try Fixture.scratchContent("basic", self), templatesDirectory: Fixture.templates, outputDirectory: output)
    }

    private func leftovers(in folder: String) -> [String] {
        Fixture.files(in: folder).filter { ($0 as NSString).lastPathComponent.hasSuffix(".tmp") }
    }

    func testDiskFullIsAnIOErrorNamingThePathWithNoPartialFiles() throws {
        let point = try mount { "mount -t tmpfs -o size=64k tmpfs '\($0)'" }
        XCTAssertThrowsError(try SiteBuilder.build(options(output: point + "/site"))) { error in
            guard case BuildFailure.io(let path, let message) = error else { return XCTFail("\(error)") }
            XCTAssertEqual((error as? BuildFailure)?.exitCode, 74)
            XCTAssertTrue(path.hasPrefix(DisplayPath.of(point) + "/site/"), path)
            XCTAssertEqual(message, "No space left on device")
        }
        XCTAssertEqual(leftovers(in: point), [])
        for file in Fixture.files(in: point + "/site") where file.hasSuffix(".html") {
            XCTAssertTrue(try Fixture.read(point + "/site/" + file).hasSuffix("</html>\n"), "\(file) is complete")
        }
    }

    func testReadOnlyOutputIsAnIOErrorAndTheOldSiteStays() throws {
        let source = try Fixture.temporaryFolder(self) + "/site"
        _ = try SiteBuilder.build(options(output: source))
        let before = try Fixture.read(source + "/en/mail/250.html")
        let point = try mount { "mount --bind '\(source)' '\($0)' && mount -o remount,ro,bind '\($0)'" }
        let content = try Fixture.copy("basic", into: try Fixture.temporaryFolder(self))
        try Fixture.write(try Fixture.read(content + "/mail/250.md").replacingOccurrences(of: "title: OK", with: "title: Okay"), to: content + "/mail/250.md")
        var changed = try options(output: point)
        changed.contentDirectory = content
        XCTAssertThrowsError(try SiteBuilder.build(changed)) { error in
            guard case BuildFailure.io(let path, let message) = error else { return XCTFail("\(error)") }
            XCTAssertEqual((error as? BuildFailure)?.exitCode, 74)
            XCTAssertTrue(path.hasPrefix(DisplayPath.of(point)), path)
            XCTAssertEqual(message, "Read-only file system")
        }
        XCTAssertEqual(try Fixture.read(point + "/en/mail/250.html"), before)
        XCTAssertEqual(leftovers(in: source), [])
    }
}
