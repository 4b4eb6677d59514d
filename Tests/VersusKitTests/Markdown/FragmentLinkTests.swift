import VersusDiagnostics
import VersusBuild
import VersusKit
import XCTest

/// Links to a section inside an entry ("#when") work on every page the entry is shown on, and a fragment that names
/// no section is refused at load time with its line and column.
final class FragmentLinkTests: XCTestCase {
    private var folder = ""
    private var content = ""

    override func setUpWithError() throws {
        folder = try Fixture.temporaryFolder(self)
        content = try Fixture.copy("basic", into: folder)
    }

    private func addLink(_ markdown: String, to code: String) throws {
        let path = content + "/mail/\(code).md"
        try Fixture.write(try Fixture.read(path).replacingOccurrences(of: "## How to fix\n", with: "## How to fix\n\n\(markdown)\n"), to: path)
    }

    private func build() throws -> String {
        let output = folder + "/site"
        _ = try SiteBuilder.build(BuildOptions(contentDirectory: content, templatesDirectory: Fixture.templates, outputDirectory: output))
        return output
    }

    func testSectionLinksPointAtTheSectionOfThePageTheyLandOn() throws {
        try addLink("See [when it appears](#when), [the top](#top) and [the description][d].\n\n[d]: #description", to: "535")
        let output = try build()
        let code = try Fixture.read(output + "/en/mail/535.html")
        XCTAssertTrue(code.contains(##"<a href="#when">when it appears</a>, <a href="#top">the top</a> and <a href="#description">the description</a>"##), code)
        XCTAssertTrue(code.contains(#"id="when""#))
        let pair = try Fixture.read(output + "/en/mail/250-vs-535.html")
        XCTAssertTrue(pair.contains(##"<a href="#535-when">when it appears</a>, <a href="#top">the top</a> and <a href="#535-description">the description</a>"##), pair)
        XCTAssertTrue(pair.contains(#"id="535-when""#))
        XCTAssertTrue(pair.contains(#"id="535-description""#))
        // The other side of the comparison keeps its own ids.
        XCTAssertTrue(pair.contains(#"id="250-when""#))
    }

    func testAFragmentThatNamesNoSectionIsAnErrorWithItsPosition() throws {
        try addLink("Read [this](#whenn) first.", to: "535")
        XCTAssertThrowsError(try build()) { error in
            guard case BuildFailure.invalidInput(let diagnostics) = error else { return XCTFail("\(error)") }
            let line = (try? Fixture.read(self.content + "/mail/535.md"))!.components(separatedBy: "\n")
                .firstIndex { $0.contains("#whenn") }! + 1
            XCTAssertEqual(Fixture.lines(diagnostics, relativeTo: self.folder),
                           ["content/mail/535.md:\(line):6: error: link to '#whenn' names no section of this entry; use '#description', '#when' or '#fix' (did you mean '#when'?)"])
        }
    }

    /// Images count like links, and columns are counted in characters, not bytes.
    func testImagesAreCheckedAndColumnsCountCharacters() throws {
        try addLink("Día ñ ![diagram](#nada) and ![ok](#fix)", to: "535")
        XCTAssertThrowsError(try build()) { error in
            guard case BuildFailure.invalidInput(let diagnostics) = error else { return XCTFail("\(error)") }
            let lines = Fixture.lines(diagnostics, relativeTo: self.folder)
            XCTAssertEqual(lines.count, 1, "\(lines)")
            XCTAssertTrue(lines[0].contains(":7: error: link to '#nada' names no section of this entry"), lines[0])
        }
        let path = content + "/mail/535.md"
        try Fixture.write(try Fixture.read(path).replacingOccurrences(of: "![diagram](#nada) and ", with: ""), to: path)
        let pair = try Fixture.read(try build() + "/en/mail/250-vs-535.html")
        XCTAssertTrue(pair.contains(##"<img src="#535-fix" alt="ok" />"##), pair)
    }

    func testFragmentsInCodeAndInOtherLinksAreLeftAlone() throws {
        try addLink("`[x](#nowhere)` and [RFC](https://www.rfc-editor.org/rfc/rfc5321#section-4.2) and [a page](250.html#fix).\n\n    [y](#indented)", to: "535")
        let output = try build()
        let pair = try Fixture.read(output + "/en/mail/250-vs-535.html")
        XCTAssertTrue(pair.contains(#"href="https://www.rfc-editor.org/rfc/rfc5321#section-4.2""#))
        XCTAssertTrue(pair.contains(#"href="250.html#fix""#))
        XCTAssertTrue(pair.contains("[y](#indented)"))
    }
}
