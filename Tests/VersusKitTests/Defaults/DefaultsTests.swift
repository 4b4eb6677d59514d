@testable import VersusModel
@testable import VersusDefaults
@testable import VersusLoad
@testable import VersusRender
@testable import VersusBuild
@testable import VersusKit
import XCTest

final class DefaultsTests: XCTestCase {
    /// The built-in templates and the starter project are templates/ and scripts/starter/ as they are, byte for byte:
    /// the build embeds them, so no generated copy can fall behind.
    func testEmbeddedFilesAreTheFoldersByteForByte() throws {
        for (embedded, folder) in [(EmbeddedFiles.templates, Fixture.templates),
                                   (EmbeddedFiles.starter, Fixture.repository.appendingPathComponent("scripts/starter").path)] {
            let files = Fixture.files(in: folder)
            XCTAssertFalse(files.isEmpty)
            XCTAssertEqual(Set(embedded.keys), Set(files))
            for file in files {
                let bytes = try XCTUnwrap(FileManager.default.contents(atPath: folder + "/" + file))
                XCTAssertEqual(embedded[file], Array(bytes), file)
            }
        }
    }

    /// The embedding tool carries any bytes (an icon, a font) and skips dot-files such as editor lock files.
    func testEmbeddingToolCarriesBinaryFilesAndSkipsDotFiles() throws {
        // `swift test` builds every executable into the folder that holds the test bundle.
        let candidates = [Bundle.main.executableURL?.deletingLastPathComponent(), Bundle.main.bundleURL,
                          Bundle.main.bundleURL.deletingLastPathComponent()].compactMap { $0?.appendingPathComponent("embed-defaults") }
        let executable = try XCTUnwrap(candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }, "embed-defaults is built next to the tests")
        let folder = try Fixture.temporaryFolder(self)
        let binary = Data((0...255).map { UInt8($0) } + [0xFF, 0xFE, 0x00])
        try FileManager.default.createDirectory(atPath: folder + "/in/assets", withIntermediateDirectories: true)
        try binary.write(to: URL(fileURLWithPath: folder + "/in/assets/icon.bin"))
        try Fixture.write("lock", to: folder + "/in/.#page.mustache")
        let process = Process()
        process.executableURL = executable
        process.arguments = [folder + "/out.swift", "sample", folder + "/in"]
        try process.run()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        let swift = try Fixture.read(folder + "/out.swift")
        XCTAssertTrue(swift.contains("\"assets/icon.bin\": \"\(binary.base64EncodedString())\""))
        XCTAssertFalse(swift.contains(".#page"))
    }

    func testStarterProjectBuildsWithBuiltInTemplates() throws {
        let folder = try Fixture.temporaryFolder(self)
        let created = try ProjectStarter.create(in: folder)
        XCTAssertEqual(created.count, 5)
        let report = try SiteBuilder.build(BuildOptions(contentDirectory: folder + "/content", templatesDirectory: folder + "/templates",
                                                        outputDirectory: folder + "/site"))
        XCTAssertEqual(report.diagnostics, [])
        XCTAssertTrue(try Fixture.read(folder + "/site/en/smtp/250-vs-550.html").contains("<h1>SMTP 250 Requested mail action okay, completed vs 550"))
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder + "/site/assets/style.css"))
        XCTAssertThrowsError(try ProjectStarter.create(in: folder), "never overwrites")
    }

    func testATemplateFileOverridesOnlyItself() throws {
        let folder = try Fixture.temporaryFolder(self)
        _ = try ProjectStarter.create(in: folder)
        try Fixture.write("{{<layout}}{{$content}}<p class=\"custom\">{{code}}</p>{{/content}}{{/layout}}\n", to: folder + "/templates/code.mustache")
        try Fixture.write("body { color: red; }\n", to: folder + "/templates/assets/style.css")
        _ = try SiteBuilder.build(BuildOptions(contentDirectory: folder + "/content", templatesDirectory: folder + "/templates",
                                               outputDirectory: folder + "/site"))
        XCTAssertTrue(try Fixture.read(folder + "/site/en/smtp/250.html").contains("<p class=\"custom\">250</p>"))
        XCTAssertTrue(try Fixture.read(folder + "/site/en/smtp/250-vs-550.html").contains("<h1>SMTP 250"), "other templates stay built in")
        XCTAssertEqual(try Fixture.read(folder + "/site/assets/style.css"), "body { color: red; }\n")
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder + "/site/assets/versus.js"))
    }

    func testNewEntryIsShapedAndNeverOverwrites() throws {
        let folder = try Fixture.temporaryFolder(self)
        _ = try ProjectStarter.create(in: folder)
        let path = try EntryScaffold.create(content: folder + "/content", family: "smtp", code: "421", language: nil)
        XCTAssertEqual(try Fixture.read(path), """
            ---
            code: "421"
            title: "421"
            summary: ""
            spec:
              - {rfc: 5321, section: "4.2"}
            # commands: []
            # related: []
            ---

            ## Description


            ## When you'll see it


            ## How to fix


            """)
        XCTAssertThrowsError(try EntryScaffold.create(content: folder + "/content", family: "smtp", code: "421", language: nil))
        XCTAssertThrowsError(try EntryScaffold.create(content: folder + "/content", family: "smtp", code: "99", language: nil))
        XCTAssertThrowsError(try EntryScaffold.create(content: folder + "/content", family: "nope", code: "421", language: nil))
    }

    func testNewTranslationUsesTheLanguageHeadings() throws {
        let folder = try Fixture.temporaryFolder(self)
        let content = try Fixture.copy("multilingual", into: folder)
        let path = try EntryScaffold.create(content: content, family: "mail", code: "354", language: "es")
        XCTAssertTrue(path.hasSuffix("mail/354.es.md"))
        XCTAssertEqual(try Fixture.read(path), "---\ncode: \"354\"\ntitle: \"354\"\nsummary: \"\"\n---\n\n## Descripción\n\n\n## Cuándo lo verás\n\n\n## Cómo solucionarlo\n\n")
        XCTAssertThrowsError(try EntryScaffold.create(content: content, family: "mail", code: "451", language: "es"), "no default entry yet")
    }
}
