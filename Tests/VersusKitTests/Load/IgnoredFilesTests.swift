import Foundation
import XCTest
@testable import VersusBuild
@testable import VersusFiles
@testable import VersusKit

/// What editors leave beside the real files (lock files, swap files, backups, dangling links) is skipped alike in
/// content, templates and assets: it neither fails a build nor reaches the site.
final class IgnoredFilesTests: XCTestCase {
    func testTheRuleNamesEditorAndSystemLeftovers() {
        for name in [".#toc.mustache", ".toc.mustache.swp", ".DS_Store", "250.md~", "#250.md#", "250.md.swp", "250.md.swo",
                     "4913", "250.md___jb_tmp___", "250.md___jb_old___"] {
            XCTAssertTrue(InputFiles.isIgnored(name: name), name)
        }
        for name in ["250.md", "toc.mustache", "style.css", "250.es.md", "#", "X.7.8.md", "4913.md"] {
            XCTAssertFalse(InputFiles.isIgnored(name: name), name)
        }
    }

    func testLeftoversInEveryInputFolderAreSkipped() throws {
        let folder = try Fixture.temporaryFolder(self)
        let content = try Fixture.copy("basic", into: folder)
        let templates = folder + "/templates"
        try FileManager.default.createDirectory(atPath: templates + "/partials", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: templates + "/assets", withIntermediateDirectories: true)
        // Emacs's lock file is a symbolic link to nowhere: the example that failed with "cannot read template".
        try FileManager.default.createSymbolicLink(atPath: templates + "/partials/.#toc.mustache", withDestinationPath: "user@host.1234:1700000000")
        try FileManager.default.createSymbolicLink(atPath: content + "/mail/.#250.md", withDestinationPath: "user@host.1234:1700000000")
        try FileManager.default.createSymbolicLink(atPath: content + "/mail/gone.md", withDestinationPath: content + "/mail/deleted.md")
        try FileManager.default.createSymbolicLink(atPath: templates + "/assets/gone.css", withDestinationPath: templates + "/nowhere.css")
        for (path, text) in [(templates + "/partials/toc.mustache~", "{{#broken}"), (templates + "/partials/#toc.mustache#", "{{#broken}"),
                             (templates + "/4913", "x"), (content + "/mail/250.md~", "not front matter"),
                             (content + "/mail/.250.md.swp", "\u{0}binary"), (content + "/mail/250.md___jb_tmp___", "half"),
                             (templates + "/assets/style.css~", "old"), (templates + "/assets/.#style.css", "lock")] {
            try Fixture.write(text, to: path)
        }
        let output = folder + "/site"
        let report = try SiteBuilder.build(BuildOptions(contentDirectory: content, templatesDirectory: templates, outputDirectory: output))
        XCTAssertEqual(report.diagnostics, [])
        let assets = try FileManager.default.contentsOfDirectory(atPath: output + "/assets").sorted()
        XCTAssertFalse(assets.contains { $0.hasSuffix("~") || $0.hasPrefix(".") || $0 == "gone.css" }, "\(assets)")
        XCTAssertTrue(assets.contains("style.css"))
    }
}
