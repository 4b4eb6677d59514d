import Foundation
import XCTest

/// Every exit code each subcommand can end with, from the built executable: 0 success, 1 content errors or broken
/// links, 64 usage, 74 input/output (70, a bug of Versus, is in `ExitStatusTests`).
final class ExitCodeTests: XCTestCase {
    private struct Expectation {
        var arguments: [String]
        var status: Int32
        /// Standard error, exactly; for ArgumentParser's usage errors only the first line (its usage lines follow).
        var errors: String
        /// Standard output, exactly; nil where it holds a time (`serve`'s "Loaded in 0.02 s").
        var output: String? = ""
        var usageFollows = false
    }

    private let templates = Fixture.templates

    /// A scratch project: the basic fixture's content, `broken/` (a copy with a key written twice), a built `site/`,
    /// `broken-site/` (a page with a broken link) and a regular file `file.txt` where folders are asked for.
    private func project() throws -> String {
        let folder = try Fixture.temporaryFolder(self)
        let content = try Fixture.copy("basic", into: folder)
        try FileManager.default.copyItem(atPath: content, toPath: folder + "/broken")
        try Fixture.write("---\ncode: \"250\"\ntitle: OK\ntitle: OK\n---\n", to: folder + "/broken/mail/250.md")
        try Fixture.write("<!doctype html><title>x</title><a href=\"missing.html\">x</a>\n", to: folder + "/broken-site/index.html")
        try Fixture.write("not a folder\n", to: folder + "/file.txt")
        let built = try VersusProcess.run(["build", "--templates", templates, "-q"], in: folder)
        XCTAssertEqual(built.status, 0, built.errors)
        return folder
    }

    private func check(_ expectations: [Expectation], in folder: String, file: StaticString = #filePath, line: UInt = #line) throws {
        for expected in expectations {
            let run = try VersusProcess.run(expected.arguments, in: folder)
            let name = "versus " + expected.arguments.joined(separator: " ")
            XCTAssertEqual(run.status, expected.status, "\(name): \(run.errors)", file: file, line: line)
            if let output = expected.output { XCTAssertEqual(run.output, output, name, file: file, line: line) }
            if expected.usageFollows {
                let lines = run.errors.split(separator: "\n", omittingEmptySubsequences: false)
                XCTAssertEqual(lines.first.map(String.init), expected.errors, name, file: file, line: line)
                XCTAssertTrue(run.errors.contains("\nUsage: versus "), "\(name): \(run.errors)", file: file, line: line)
            } else {
                XCTAssertEqual(run.errors, expected.errors, name, file: file, line: line)
            }
        }
    }

    func testVersus() throws {
        let folder = try project()
        try check([
            Expectation(arguments: ["--version"], status: 0, errors: "", output: "0.1.0\n"),
            Expectation(arguments: ["nosuch"], status: 64, errors: "error: Unexpected argument 'nosuch'", usageFollows: true),
        ], in: folder)
        let help = try VersusProcess.run(["--help"], in: folder)
        XCTAssertEqual(help.status, 0)
        XCTAssertTrue(help.output.hasPrefix("OVERVIEW: Build a static site comparing protocol reply codes."), help.output)
    }

    func testBuild() throws {
        let folder = try project()
        try check([
            Expectation(arguments: ["build", "--templates", templates, "-q"], status: 0, errors: ""),
            Expectation(arguments: ["build", "--templates", templates, "--content", "broken"], status: 1,
                        errors: "broken/mail/250.md:4:1: error: duplicate key 'title' (first at line 3)\n1 error, 0 warnings\n"),
            Expectation(arguments: ["build", "-q", "-v"], status: 64, errors: "error: --quiet and --verbose cannot be used together",
                        usageFollows: true),
            Expectation(arguments: ["build", "--templates", templates, "--output", "."], status: 64,
                        errors: "error: refusing to write the site into .: it is or contains the content folder content\n"),
            Expectation(arguments: ["build", "--templates", templates, "--output", "content/site"], status: 64,
                        errors: "error: refusing to write the site into content/site: it is inside the content folder content, which the next build would read\n"),
            Expectation(arguments: ["build", "--templates", "missing-templates"], status: 64,
                        errors: "error: --templates names no folder: 'missing-templates'", usageFollows: true),
            Expectation(arguments: ["build", "--templates", templates, "--archive", "site/all.zip"], status: 64,
                        errors: "error: refusing to write the archive site/all.zip inside the output folder site\n"),
            Expectation(arguments: ["build", "--templates", templates, "--output", "file.txt/site"], status: 74,
                        errors: "file.txt/site: error: cannot create folder: Not a directory\n"),
        ], in: folder)
    }

    func testCheck() throws {
        let folder = try project()
        try check([
            Expectation(arguments: ["check", "--templates", templates], status: 0, errors: "", output: "OK: 1 families, 4 entries, 1 languages\n"),
            Expectation(arguments: ["check", "--templates", templates, "--content", "broken"], status: 1,
                        errors: "broken/mail/250.md:4:1: error: duplicate key 'title' (first at line 3)\n1 error, 0 warnings\n"),
            Expectation(arguments: ["check", "--base-url", "ftp://codes.example.org/"], status: 64,
                        errors: "error: --base-url must be an absolute http or https URL, not 'ftp://codes.example.org/'", usageFollows: true),
            Expectation(arguments: ["check", "--no-such-flag"], status: 64, errors: "error: Unknown option '--no-such-flag'", usageFollows: true),
        ], in: folder)
    }

    func testCheckLinks() throws {
        let folder = try project()
        try check([
            Expectation(arguments: ["check", "--links"], status: 0, errors: "", output: "OK: no broken links in site/\n"),
            Expectation(arguments: ["check", "--links", "--output", "broken-site"], status: 1,
                        errors: "broken-site/index.html:1:35: error: broken link 'missing.html' (href): no such file\n1 error, 0 warnings\n"),
            Expectation(arguments: ["check", "--links", "--output", "nothere"], status: 1,
                        errors: "nothere: error: no site here: the folder does not exist (build first, or pass --output)\n"),
            Expectation(arguments: ["check", "--links", "extra"], status: 64, errors: "error: Unexpected argument 'extra'", usageFollows: true),
        ], in: folder)
    }

    func testServe() throws {
        let folder = try project()
        let holder = try LoopbackPort()
        try check([
            Expectation(arguments: ["serve", "--templates", templates, "--port", String(holder.port)], status: 74,
                        errors: "error: cannot listen on 127.0.0.1:\(holder.port): address already in use\n", output: nil),
            Expectation(arguments: ["serve", "--host", "localhost"], status: 64,
                        errors: "error: --host must be an IPv4 address such as 127.0.0.1, not 'localhost'", usageFollows: true),
            Expectation(arguments: ["serve", "--port", "70000"], status: 64, errors: "error: The value '70000' is invalid for '--port <port>'",
                        usageFollows: true),
            Expectation(arguments: ["serve", "--templates", templates, "--output", "."], status: 64,
                        errors: "error: Unknown option '--output'", usageFollows: true),
            Expectation(arguments: ["serve", "--templates", templates, "--content", "nothere", "--port", String(holder.port)], status: 1,
                        errors: "nothere: error: content folder not found\n1 error, 0 warnings\n", output: nil),
        ], in: folder)
    }

    /// Ctrl-C stops `serve` cleanly: exit 0, nothing on standard error.
    func testServeStopsWithExitZeroOnInterrupt() throws {
        let folder = try project()
        let port = try LoopbackPort().release()
        let (process, output, errors) = VersusProcess.prepared(["serve", "--templates", templates, "--port", String(port)], in: folder)
        try process.run()
        // Only a server that never says it listens is stopped this way; a working one is interrupted at once.
        let watchdog = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + 120, execute: watchdog)
        var printed = ""
        while !printed.contains("Serving content/ at http://127.0.0.1:\(port)/ (Ctrl-C to stop)\n") {
            let data = output.fileHandleForReading.availableData
            if data.isEmpty { break }
            printed += String(decoding: data, as: UTF8.self)
        }
        process.interrupt()
        process.waitUntilExit()
        watchdog.cancel()
        let lines = printed.split(separator: "\n")
        XCTAssertEqual(lines.count, 2, printed)
        XCTAssertTrue(lines.first?.hasPrefix("Loaded in ") == true, printed)
        XCTAssertEqual(lines.last, "Serving content/ at http://127.0.0.1:\(port)/ (Ctrl-C to stop)")
        XCTAssertEqual(process.terminationReason, .exit)
        XCTAssertEqual(process.terminationStatus, 0)
        XCTAssertEqual(String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self), "")
    }

    func testNew() throws {
        let folder = try project()
        try check([
            Expectation(arguments: ["new", "mail", "252"], status: 0, errors: "", output: "created content/mail/252.md\n"),
            Expectation(arguments: ["new", "mail", "250"], status: 64, errors: "error: refusing to overwrite content/mail/250.md\n"),
            Expectation(arguments: ["new", "post", "1"], status: 64, errors: "error: no family 'post' in content (it needs post/_family.yml)\n"),
            Expectation(arguments: ["new", "mail", "999"], status: 64, errors: "error: '999' is not a code of mail: it must match ^[2-5][0-5][0-9]$\n"),
            Expectation(arguments: ["new", "mail"], status: 64, errors: "error: Missing expected argument '<code>'", usageFollows: true),
        ], in: folder)
    }

    /// A content folder on a read-only mount (needs permission to mount, as CI has).
    func testNewOnAReadOnlyContentFolder() throws {
        let folder = try project()
        let mount = folder + "/read-only"
        try FileManager.default.createDirectory(atPath: mount, withIntermediateDirectories: true)
        guard Shell.run("mount --bind '\(folder)/content' '\(mount)' && mount -o remount,ro,bind '\(mount)'") == 0 else {
            _ = Shell.run("umount '\(mount)'")
            throw XCTSkip("mounting is not allowed here; the read-only case of 'new' is not run")
        }
        defer { _ = Shell.run("umount '\(mount)'") }
        try check([
            Expectation(arguments: ["new", "mail", "253", "--content", "read-only"], status: 74,
                        errors: "read-only/mail/253.md: error: Read-only file system\n"),
        ], in: folder)
    }

    func testInit() throws {
        let folder = try project()
        let created = ["content/i18n/en.yml", "content/site.yml", "content/smtp/250.md", "content/smtp/550.md", "content/smtp/_family.yml"]
        try check([
            Expectation(arguments: ["init", "fresh"], status: 0, errors: "",
                        output: created.map { "created fresh/\($0)\n" }.joined()
                            + "Next: cd fresh && versus build (templates are built in; add templates/ files to override them)\n"),
            Expectation(arguments: ["init", "."], status: 64, errors: "error: refusing to overwrite content/i18n/en.yml; choose an empty folder\n"),
            Expectation(arguments: ["init", "file.txt"], status: 74, errors: "file.txt/content/i18n/en.yml: error: Not a directory\n"),
        ], in: folder)
    }

}

/// A TCP port on 127.0.0.1 held open (listening) until released or deinitialised.
final class LoopbackPort {
    private var descriptor: Int32
    let port: UInt16

    init() throws {
        descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let descriptor = descriptor
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, length) == 0 && listen(descriptor, 1) == 0 && getsockname(descriptor, $0, &length) == 0
            }
        }
        guard bound else { throw XCTSkip("no free port on 127.0.0.1") }
        port = UInt16(bigEndian: address.sin_port)
    }

    /// Closes the socket and returns its port, free for a server to take.
    func release() -> UInt16 {
        close(descriptor)
        descriptor = -1
        return port
    }

    deinit { if descriptor >= 0 { close(descriptor) } }
}
