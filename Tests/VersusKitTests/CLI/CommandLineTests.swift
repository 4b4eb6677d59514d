import Foundation
import XCTest

/// The `versus` executable end to end: summary line, diagnostics on standard error, flags checked like site.yml.
/// Every exit code of every subcommand is in `ExitCodeTests`.
final class CommandLineTests: XCTestCase {
    private func run(_ arguments: [String], in folder: String) throws -> VersusProcess.Run {
        try VersusProcess.run(arguments, in: folder)
    }

    override func setUpWithError() throws {
        let executable = VersusProcess.executable
        XCTAssertTrue(FileManager.default.isExecutableFile(atPath: executable.path), "versus should be built next to the tests: \(executable.path)")
    }

    func testBuildPrintsSummaryAndExitsZero() throws {
        let folder = try Fixture.temporaryFolder(self)
        _ = try Fixture.copy("basic", into: folder)
        let result = try run(["build", "--templates", Fixture.templates], in: folder)
        XCTAssertEqual(result.status, 0, result.errors)
        XCTAssertTrue(result.output.hasPrefix("Built 22 pages into site/ in "), result.output)
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder + "/site/en/mail/250-vs-535.html"))
    }

    func testBadContentExitsOneWithDiagnosticsAndCount() throws {
        let folder = try Fixture.temporaryFolder(self)
        let content = try Fixture.copy("basic", into: folder)
        try Fixture.write("---\ncode: \"251\"\n---\n", to: content + "/mail/252.md")
        let result = try run(["build", "--templates", Fixture.templates], in: folder)
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.errors, """
            content/mail/252.md:2:1: error: missing required field 'spec'
            content/mail/252.md:2:1: error: missing required field 'summary'
            content/mail/252.md:2:1: error: missing required field 'title'
            content/mail/252.md:4: error: missing section '## Description'
            content/mail/252.md:4: error: missing section '## How to fix'
            content/mail/252.md:4: error: missing section '## When you'll see it'
            6 errors, 0 warnings

            """)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder + "/site"))
    }

    func testCheckWritesNothing() throws {
        let folder = try Fixture.temporaryFolder(self)
        _ = try Fixture.copy("basic", into: folder)
        let result = try run(["check", "--templates", Fixture.templates], in: folder)
        XCTAssertEqual(result.status, 0, result.errors)
        XCTAssertEqual(result.output, "OK: 1 families, 4 entries, 1 languages\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder + "/site"))
    }

    /// `--base-url` follows the same rule as `base_url` in site.yml: a script URL never reaches a canonical link.
    func testBaseURLFromTheCommandLineIsCheckedLikeSiteYml() throws {
        let folder = try Fixture.temporaryFolder(self)
        _ = try Fixture.copy("basic", into: folder)
        for (command, url) in [("build", "javascript:alert(1)//"), ("check", "https://codes.example.org/?preview=1"),
                               ("serve", "ftp://codes.example.org/")] {
            let result = try run([command, "--templates", Fixture.templates, "--base-url", url], in: folder)
            XCTAssertEqual(result.status, 64, "\(command) \(url)")
            XCTAssertTrue(result.errors.contains("--base-url must be"), result.errors)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder + "/site"), "nothing was built")
        let good = try run(["build", "--templates", Fixture.templates, "--base-url", "https://codes.example.org/docs"], in: folder)
        XCTAssertEqual(good.status, 0, good.errors)
        let page = try Fixture.read(folder + "/site/en/mail/250.html")
        XCTAssertTrue(page.contains(#"<link rel="canonical" href="https://codes.example.org/docs/en/mail/250.html">"#), page)
    }

    /// No site is one line and exit 1, never "OK": a mistyped `--output`, a file, a folder without pages.
    func testLinkCheckWithoutASiteFails() throws {
        let folder = try Fixture.temporaryFolder(self)
        try Fixture.write("not a site\n", to: folder + "/file.txt")
        try FileManager.default.createDirectory(atPath: folder + "/empty", withIntermediateDirectories: true)
        try Fixture.write("body {}\n", to: folder + "/assets-only/style.css")
        let cases = [
            ("sitee", "sitee: error: no site here: the folder does not exist (build first, or pass --output)"),
            ("file.txt", "file.txt: error: no site here: this is a file, not a folder (pass the output folder with --output)"),
            ("empty", "empty: error: no site here: the folder holds no HTML pages (build first, or pass --output)"),
            ("assets-only", "assets-only: error: no site here: the folder holds no HTML pages (build first, or pass --output)"),
        ]
        for (output, message) in cases {
            let result = try run(["check", "--links", "--output", output], in: folder)
            XCTAssertEqual(result.status, 1, output)
            XCTAssertEqual(result.errors, message + "\n", output)
            XCTAssertEqual(result.output, "", output)
        }
    }

    /// A built site passes; a link broken by hand afterwards is reported with its position, then counted.
    func testLinkCheckOfABuiltSite() throws {
        let folder = try Fixture.temporaryFolder(self)
        _ = try Fixture.copy("basic", into: folder)
        XCTAssertEqual(try run(["build", "--templates", Fixture.templates, "-q"], in: folder).status, 0)
        let good = try run(["check", "--links"], in: folder)
        XCTAssertEqual(good.status, 0, good.errors)
        XCTAssertEqual(good.output, "OK: no broken links in site/\n")
        let page = folder + "/site/en/mail/250.html"
        try Fixture.write(try Fixture.read(page) + #"<p><a href="535.html#nowhere">x</a> <img src=gone.png alt="">"# + "\n", to: page)
        let lines = try Fixture.read(page).split(separator: "\n", omittingEmptySubsequences: false).count - 1
        let bad = try run(["check", "--links"], in: folder)
        XCTAssertEqual(bad.status, 1)
        XCTAssertEqual(bad.output, "")
        XCTAssertEqual(bad.errors, """
            site/en/mail/250.html:\(lines):7: error: broken link '535.html#nowhere' (href): no element with id 'nowhere'
            site/en/mail/250.html:\(lines):42: error: broken link 'gone.png' (src): no such file
            2 errors, 0 warnings

            """)
    }
}
