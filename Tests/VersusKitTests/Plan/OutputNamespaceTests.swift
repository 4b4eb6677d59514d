import Foundation
import XCTest
@testable import VersusBuild
@testable import VersusKit
@testable import VersusLoad
@testable import VersusPlan

/// No two outputs share a path, exactly or by letter case alone: a build that would overwrite a page fails before
/// writing anything, naming both sources.
final class OutputNamespaceTests: XCTestCase {
    private func project(codes: [String]) throws -> (content: String, output: String) {
        let folder = try Fixture.temporaryFolder(self)
        let content = try Fixture.copy("basic", into: folder)
        var family = try Fixture.read(content + "/mail/_family.yml")
        family = family.replacingOccurrences(of: "code_pattern: '^[2-5][0-5][0-9]$'", with: "code_pattern: '^[0-9A-Za-z-]+$'")
        family = family.replacingOccurrences(of: "classes:\n", with: """
            classes:
              - {key: "i", label: i, meaning: Letters., outcome: success}
              - {key: "a", label: a, meaning: Letters., outcome: success}
              - {key: "A", label: A, meaning: Letters., outcome: success}
              - {key: "x", label: x, meaning: Letters., outcome: success}
              - {key: "y", label: y, meaning: Letters., outcome: success}
              - {key: "v", label: v, meaning: Letters., outcome: success}

            """)
        try Fixture.write(family, to: content + "/mail/_family.yml")
        let entry = try Fixture.read(content + "/mail/250.md")
        for code in codes {
            let text = entry.replacingOccurrences(of: "code: \"250\"", with: "code: \"\(code)\"")
                .replacingOccurrences(of: "related: [\"354\"]\n", with: "")
            try Fixture.write(text, to: content + "/mail/\(code).md")
        }
        return (content, folder + "/site")
    }

    private func failure(_ project: (content: String, output: String)) throws -> [String] {
        XCTAssertThrowsError(try SiteBuilder.build(BuildOptions(contentDirectory: project.content, templatesDirectory: Fixture.templates,
                                                               outputDirectory: project.output))) { error in
            guard case BuildFailure.invalidInput = error else { return XCTFail("\(error)") }
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: project.output), "nothing was written")
        guard case BuildFailure.invalidInput(let diagnostics)? = (Result { try SiteBuilder.build(BuildOptions(
            contentDirectory: project.content, templatesDirectory: Fixture.templates, outputDirectory: project.output)) }).failure else { return [] }
        return diagnostics.map { Fixture.lines([$0], relativeTo: (project.content as NSString).deletingLastPathComponent)[0] }
    }

    func testACodeNamedIndexWouldReplaceTheFamilyPage() throws {
        let lines = try failure(try project(codes: ["index"]))
        XCTAssertEqual(lines, ["content/mail/index.md: error: two outputs would be written at 'en/mail/index.html': the en page of the family 'mail' and the en page of the code 'index' of 'mail'; rename one"])
    }

    func testCodesDifferingOnlyInLetterCaseCollide() throws {
        let lines = try failure(try project(codes: ["ab", "AB"]))
        XCTAssertEqual(lines.count, 1, "\(lines)")
        XCTAssertEqual(lines, ["content/mail/ab.md: error: two outputs would be written at 'en/mail/AB.html' and 'en/mail/ab.html', one file on macOS and Windows: the en page of the code 'AB' of 'mail' and the en page of the code 'ab' of 'mail'; rename one"])
    }

    /// With hyphens, two different pairs can spell one comparison: x-vs + y and x + vs-y are both x-vs-vs-y.
    func testHyphenatedCodesThatSpellOnePairCollide() throws {
        let lines = try failure(try project(codes: ["x-vs", "y", "x", "vs-y"]))
        XCTAssertFalse(lines.isEmpty)
        XCTAssertTrue(lines.allSatisfy { $0.contains("x-vs-vs-y.html") }, "\(lines)")
        // Each side names its two codes apart, so the two pairs can be told from each other.
        XCTAssertTrue(lines.allSatisfy { ($0.contains("of 'x' and 'vs-y' of 'mail'") || $0.contains("of 'vs-y' and 'x' of 'mail'"))
            && $0.contains("of 'x-vs' and 'y' of 'mail'") }, "\(lines)")
    }

    /// A file where other outputs need a folder: not reachable with today's identifiers, but the check is general.
    func testAFileWhereAFolderIsNeededCollides() throws {
        let loaded = CatalogLoader.load(contentDirectory: Fixture.path("basic") + "/content")
        let catalog = try XCTUnwrap(loaded.catalog)
        let plan = SitePlanner.plan(catalog)
        XCTAssertEqual(OutputNamespace.collisions(in: plan, catalog: catalog, assetPaths: ["assets/style.css"]), [])
        let lines = OutputNamespace.collisions(in: plan, catalog: catalog, assetPaths: ["EN/Mail"]).map(\.message)
        XCTAssertEqual(lines.count, 1, "\(lines)")
        XCTAssertTrue(lines[0].hasPrefix("two outputs would be written at 'EN/Mail', which the other needs as a folder for 'en/mail/"), lines[0])
    }

    func testCheckReportsTheSameCollision() throws {
        let project = try project(codes: ["index"])
        let report = SiteBuilder.validate(BuildOptions(contentDirectory: project.content, templatesDirectory: Fixture.templates))
        XCTAssertEqual(report.diagnostics.filter { $0.severity == .error }.map(\.message),
                       ["two outputs would be written at 'en/mail/index.html': the en page of the family 'mail' and the en page of the code 'index' of 'mail'; rename one"])
    }
}

private extension Result {
    var failure: Failure? { if case .failure(let error) = self { return error } else { return nil } }
}
