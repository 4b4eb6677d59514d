@testable import VersusDiagnostics
@testable import VersusModel
@testable import VersusLoad
@testable import VersusRender
import XCTest

/// Sections are cut where cmark-gfm sees top-level level-2 headings: comments, HTML blocks, indented code and
/// fences of any length are exactly what the Markdown parser says they are, and lines come from its positions.
final class SectionStructureTests: XCTestCase {
    private let headings: [(SectionKey, String)] = [(.description, "Description"), (.when, "When you'll see it"), (.fix, "How to fix")]

    private func split(_ body: String, firstLine: Int = 10) -> ([SectionKey: String], [String]) {
        let sink = DiagnosticSink()
        let sections = SectionSplitter(path: "e.md", sink: sink).split(body, firstLine: firstLine, headings: headings)
        return (sections, sink.diagnostics.sorted().map(\.description))
    }

    func testACommentHoldingAHeadingBeforeTheSectionsIsIgnored() {
        let (sections, problems) = split("""
        <!--
        ## How to fix
        old notes
        -->

        ## Description

        Text.

        ## When you'll see it

        Often.

        ## How to fix

        Fix it.
        """)
        XCTAssertEqual(problems, [])
        XCTAssertEqual(sections[.description], "Text.")
        XCTAssertEqual(sections[.fix], "Fix it.")
    }

    func testCodeOfAnyFenceAndIndentationKeepsItsHeadings() {
        let (sections, problems) = split("""
        ## Description

        ````markdown
        ```
        ## How to fix
        ```
        ````

            ## When you'll see it (indented code)

        ~~~~~
        # Not a heading either
        ~~~~~

        ## When you'll see it ##

        Often.

        How to fix
        ----------

        Fix it.
        """)
        XCTAssertEqual(problems, [])
        XCTAssertEqual(sections[.description]?.components(separatedBy: "\n").first, "````markdown")
        XCTAssertTrue(sections[.description]?.contains("    ## When you'll see it (indented code)") ?? false)
        XCTAssertEqual(sections[.when], "Often.")
        XCTAssertEqual(sections[.fix], "Fix it.", "a setext level-2 heading starts a section, as cmark says")
    }

    func testProblemsCarryTheLinesCmarkReports() {
        let (_, problems) = split("""
        <div>stray HTML before the sections</div>

        ## Description

        Text.

        # A level-1 heading

        ## Description

        Again.

        ## When you'll see it

        > ## Inside a quote, not a section

        ## How to fix

        Fix it.
        """)
        XCTAssertEqual(problems, [
            "e.md:10: error: text before the first '##' section",
            "e.md:16: error: heading level 1 is not allowed here; entry sections use '## ' headings",
            "e.md:18: error: section '## Description' appears more than once",
        ])
    }
}
