import VersusIncremental
import VersusLoad
import VersusPlan
import XCTest

/// Code, comparison and redirect pages are fingerprinted by the files they show (`PageInputs`): an edit changes the
/// fingerprints of exactly the pages that can show it, so a rebuild builds no other page's view model.
final class PageInputsTests: XCTestCase {
    private var content = ""

    override func setUpWithError() throws {
        content = try Fixture.copy("multilingual", into: try Fixture.temporaryFolder(self))
    }

    /// Each code, comparison and redirect page's fingerprint, by path.
    private func fingerprints() throws -> [String: UInt64] {
        let catalog = try XCTUnwrap(CatalogLoader.load(contentDirectory: content).catalog)
        let templates = try XCTUnwrap(TemplateLoader.load(directory: Fixture.templates).0)
        let digests = ContentDigests(contentDirectory: content, familyIDs: catalog.families.map(\.id), templates: templates, settings: "")
        let lenders = catalog.families.reduce(into: [String: String]()) { $0[$1.id] = $1.exchange?.lender }
        let inputs = PageInputs(digests, codes: Dictionary(uniqueKeysWithValues: catalog.families.map { ($0.id, $0.entries.map(\.code)) }),
                                translations: catalog.languages.dropFirst().map(\.code), lenders: lenders)
        let pages = SitePlanner.plan(catalog).pages
        var result: [String: UInt64] = [:]
        // As a rebuild does: each page by its slot, each family's pages in a language by their segment's inputs.
        var segments: [Int: SegmentInputs] = [:]
        pages.forEachPath(pages.indices, of: nil) { _, slot, utf8, _ in
            guard let segment = pages.familySegment(slot.segment) else { return }
            let path = String(decoding: utf8, as: UTF8.self)
            let segmentInputs = segments[slot.segment] ?? inputs.segment(family: segment.family, language: segment.language, codes: segment.codes)
            segments[slot.segment] = segmentInputs
            if let fingerprint = segmentInputs.fingerprint(of: slot.shape, key: BuildManifest.key(of: path)) { result[path] = fingerprint }
        }
        return result
    }

    /// The pages whose fingerprint `edit` changes.
    private func changed(_ file: String, _ edit: (String) -> String) throws -> Set<String> {
        let before = try fingerprints()
        let path = content + "/" + file
        let text = try Fixture.read(path)
        let edited = edit(text)
        XCTAssertNotEqual(edited, text, "the edit must change \(file)")
        try Fixture.write(edited, to: path)
        let after = try fingerprints()
        XCTAssertEqual(Set(after.keys), Set(before.keys))
        return Set(after.keys.filter { after[$0] != before[$0] })
    }

    private var everyPage: Set<String> { get throws { Set(try fingerprints().keys) } }

    func testTheFixtureHasEveryKindOfPage() throws {
        XCTAssertEqual(try everyPage.count, 22)
        XCTAssertTrue(try everyPage.isSuperset(of: ["en/mail/250.html", "es/mail/250-vs-535.html", "ar/mail/535-vs-250.html"]))
    }

    func testATranslationsBodyChangesOnlyItsEntrysPagesInItsLanguage() throws {
        let pages = try changed("mail/250.es.md") { $0.replacingOccurrences(of: "No hay nada que solucionar.", with: "Nada que hacer.") }
        XCTAssertEqual(pages, ["es/mail/250.html", "es/mail/250-vs-354.html", "es/mail/250-vs-535.html"])
    }

    /// Every language can fall back to the default language's sections.
    func testTheDefaultLanguagesBodyChangesItsEntrysPagesInEveryLanguage() throws {
        let pages = try changed("mail/250.md") { $0 + "\nOne more line.\n" }
        XCTAssertEqual(pages, ["en/mail/250.html", "en/mail/250-vs-354.html", "en/mail/250-vs-535.html",
                               "es/mail/250.html", "es/mail/250-vs-354.html", "es/mail/250-vs-535.html",
                               "ar/mail/250.html", "ar/mail/250-vs-535.html"])
    }

    /// A name or a summary shows in every list of the family: every page of it changes.
    func testAFrontMatterChangesEveryPageOfItsFamily() throws {
        let pages = try changed("mail/354.md") { $0.replacingOccurrences(of: "summary: ", with: "summary: Now ") }
        XCTAssertEqual(pages, try everyPage)
    }

    /// A block scalar's indented `---` belongs to the front matter, as the entry parser reads it.
    func testAnIndentedFenceDoesNotEndTheFrontMatter() throws {
        try Fixture.write(try Fixture.read(content + "/mail/354.md").replacingOccurrences(of: "summary: ", with: "summary: |\n  ---\n  "),
                          to: content + "/mail/354.md")
        let pages = try changed("mail/354.md") { $0.replacingOccurrences(of: "  ---\n", with: "  ---\n  Now\n") }
        XCTAssertEqual(pages, try everyPage)
    }

    func testAPairNoteChangesItsComparisonAndRedirectInItsLanguage() throws {
        let pages = try changed("mail/250-vs-535.es.md") { $0.replacingOccurrences(of: "Tras 250", with: "Después de 250") }
        XCTAssertEqual(pages, ["es/mail/250-vs-535.html", "es/mail/535-vs-250.html"])
    }

    /// A new note can add a comparison to code pages' lists of frequently compared codes.
    func testANewPairNoteChangesEveryPageOfItsFamily() throws {
        let before = try fingerprints()
        try Fixture.write("---\nsummary: Both answer DATA.\n---\n\nText.\n", to: content + "/mail/354-vs-535.md")
        let after = try fingerprints()
        XCTAssertEqual(Set(after.keys.filter { after[$0] != before[$0] }), Set(before.keys))
    }

    func testSharedStringsChangeEveryPage() throws {
        let pages = try changed("i18n/es.yml") { $0 + "\n# a comment\n" }
        XCTAssertEqual(pages, try everyPage)
    }

    /// A family drawn on another's exchange (as SMTP enhanced status codes are on SMTP's) reads the lender's family
    /// files and its entries' commands and steps, never their sections.
    func testABorrowedExchangeFollowsTheLendersFrontMatterOnly() throws {
        try Fixture.addBorrowingFamily(to: content)
        let body = try changed("mail/250.md") { $0 + "\nOne more line.\n" }
        XCTAssertTrue(body.allSatisfy { $0.contains("/mail/") }, "\(body.sorted())")
        let commands = try changed("mail/354.md") { $0.replacingOccurrences(of: "commands: [DATA]", with: "commands: [DATA, RCPT]") }
        XCTAssertEqual(commands.filter { $0.contains("/post/") }.count, 22)
    }
}
