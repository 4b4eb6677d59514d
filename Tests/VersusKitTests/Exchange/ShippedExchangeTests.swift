import Foundation
import XCTest
@testable import VersusLoad
@testable import VersusModel
@testable import VersusMarkdown
@testable import VersusPlan
@testable import VersusRender

/// Every shipped code with `commands` is drawn at each step its commands and class give, by a table written here from
/// RFC 5321 §4.3.2, RFC 959 §5.4 and RFC 9110 §15 (not from the catalog's `_family.yml`), and its page's diagram says
/// so in words and marks.
final class ShippedExchangeTests: XCTestCase {
    /// Command → step, with the commands whose step depends on the reply's class given separately.
    private static let smtp: [String: String] = [
        "connection": "greeting", "EHLO": "ehlo", "HELO": "ehlo", "STARTTLS": "starttls", "AUTH": "auth", "MAIL": "mail",
        "RCPT": "rcpt", "BDAT": "end-of-data", "BURL": "end-of-data", "RSET": "other", "NOOP": "other", "VRFY": "other",
        "EXPN": "other", "HELP": "other", "ETRN": "other", "ATRN": "other", "QUIT": "quit",
    ]
    private static let ftpLogin: [String: String] = [
        "connection": "greeting", "AUTH": "auth", "ADAT": "adat", "USER": "user", "PASS": "pass", "ACCT": "acct",
        "PORT": "port", "PASV": "port", "EPRT": "port", "EPSV": "port", "LPRT": "port", "LPSV": "port", "QUIT": "quit",
    ]
    private static let ftpTransfers: Set<String> = ["RETR", "STOR", "STOU", "APPE", "LIST", "NLST", "MLSD"]

    /// Codes the RFCs place apart from what their commands and class give, with the steps they name: SMTP from
    /// RFC 5321 §4.3.2 (502 only for EHLO/HELO and VRFY, EXPN, HELP; 503 for AUTH, MAIL, RCPT, DATA, and BDAT after
    /// LAST per RFC 3030 §2; 554 to the DATA command itself), RFC 3207 §4 and RFC 4954 §6 (530); FTP from RFC 959
    /// §5.4 (450, 452, 532, 550, 553 refuse a transfer command instead of a 1yz reply; 530 for login, PORT/PASV,
    /// transfers and most others), RFC 1639 and RFC 2428 (521, 522) and RFC 2228 §6 (534).
    private static let named: [String: Set<String>] = [
        "smtp/502": ["ehlo", "other"], "smtp/503": ["auth", "mail", "rcpt", "data", "end-of-data"],
        "smtp/530": ["auth", "mail", "other"], "smtp/554": ["greeting", "rcpt", "data", "end-of-data"],
        "ftp/450": ["transfer", "other"], "ftp/452": ["transfer"], "ftp/521": ["port", "transfer"],
        "ftp/522": ["port", "transfer", "end-of-transfer"], "ftp/530": ["user", "pass", "acct", "port", "transfer", "other"],
        "ftp/532": ["transfer", "other"], "ftp/534": ["auth", "transfer", "other"], "ftp/550": ["transfer", "other"],
        "ftp/553": ["transfer", "other"],
    ]

    /// The steps the table gives an entry, or nil when the entry names its steps itself.
    private static func expectedSteps(_ family: Family, _ entry: Entry) -> Set<String> {
        let classes = family.classes(of: entry).map(\.key)
        var steps = Set<String>()
        switch family.exchange?.lender ?? family.id {
        case "smtp":
            for command in entry.commands {
                if command == "DATA" {
                    if classes.contains("3") { steps.insert("data") }
                    if classes.contains(where: { "245".contains($0) }) { steps.insert("end-of-data") }
                } else {
                    steps.insert(smtp[command] ?? "unknown \(command)")
                }
            }
        case "ftp":
            for command in entry.commands {
                if ftpTransfers.contains(command) {
                    steps.insert(classes.contains("1") ? "transfer" : "end-of-transfer")
                } else {
                    steps.insert(ftpLogin[command] ?? "other")
                }
            }
        case "http":
            steps.insert(classes.contains("1") ? "interim" : "final")
        default:
            XCTFail("no table for \(family.id)")
        }
        return steps
    }

    func testEveryCodeWithCommandsIsMarkedAtEachOfItsSteps() throws {
        let content = Fixture.repository.appendingPathComponent("content").path
        let loaded = CatalogLoader.load(contentDirectory: content)
        let catalog = try XCTUnwrap(loaded.catalog, loaded.diagnostics.map(\.description).joined(separator: "\n"))
        let plan = SitePlanner.plan(catalog, sitemapLimit: SitePlanner.sitemapLimit)
        let context = PageContext(catalog: catalog, plan: plan, entries: RenderedEntries(families: catalog.families, markdown: MarkdownRenderer(allowRawHTML: false)))
        let english = Words(catalog: catalog, language: catalog.defaultLanguage)
        var checked = 0, namedMet = 0
        for family in catalog.families {
            XCTAssertNotNil(family.exchange, "\(family.id) has an exchange")
            for entry in family.entries where !entry.commands.isEmpty || family.id == "http" || Self.named["\(family.id)/\(entry.code)"] != nil {
                let file = try Fixture.read("\(content)/\(family.id)/\(entry.code).md")
                let front = file.components(separatedBy: "\n---")[0]
                let hasSteps = front.components(separatedBy: "\n").contains { $0.hasPrefix("steps:") }
                if let named = Self.named["\(family.id)/\(entry.code)"] {
                    namedMet += 1
                    XCTAssertTrue(hasSteps, "\(family.id) \(entry.code) names its steps")
                    XCTAssertEqual(Set(entry.steps), named, "\(family.id) \(entry.code)")
                } else {
                    XCTAssertFalse(hasSteps, "\(family.id) \(entry.code) names steps this table does not know")
                    XCTAssertEqual(Set(entry.steps), Self.expectedSteps(family, entry), "\(family.id) \(entry.code) with \(entry.commands)")
                }
                let svg = try XCTUnwrap(context.exchangeSVG(family, [entry], words: english), "\(family.id) \(entry.code) has a diagram")
                XCTAssertEqual(svg.components(separatedBy: "<g class=\"x-a\">").count - 1, entry.steps.count,
                               "\(family.id) \(entry.code): one mark per step")
                for key in entry.steps {
                    let label = english.stepLabel(family, key)
                    XCTAssertTrue(svg.contains(">\(HTML.escape(label))</text>"), "\(family.id) \(entry.code) draws \(key)")
                    let description = svg.components(separatedBy: "<desc id=\"exchange-desc\">")[1].components(separatedBy: "</desc>")[0]
                    XCTAssertTrue(description.contains(HTML.escape(label)), "\(family.id) \(entry.code)'s description names \(label)")
                }
                checked += 1
            }
        }
        XCTAssertGreaterThan(checked, 190)
        // Every hand-named placement was met in the loop.
        XCTAssertEqual(namedMet, Self.named.count)
    }

    func testTheLargestShippedDiagramsStayUnderEightKilobytes() throws {
        let loaded = CatalogLoader.load(contentDirectory: Fixture.repository.appendingPathComponent("content").path)
        let catalog = try XCTUnwrap(loaded.catalog)
        let plan = SitePlanner.plan(catalog, sitemapLimit: SitePlanner.sitemapLimit)
        let context = PageContext(catalog: catalog, plan: plan, entries: RenderedEntries(families: catalog.families, markdown: MarkdownRenderer(allowRawHTML: false)))
        for language in catalog.languages {
            let words = Words(catalog: catalog, language: language)
            for family in catalog.families {
                // The two codes drawn at the most steps, with the longest labels, make the largest comparison.
                let widest = family.entries.sorted { ($0.steps.count, $0.code.count) > ($1.steps.count, $1.code.count) }.prefix(2)
                guard widest.count == 2, let svg = context.exchangeSVG(family, Array(widest), words: words) else { continue }
                XCTAssertLessThan(svg.utf8.count, 8 * 1024, "\(language.code) \(family.id) \(widest.map(\.code))")
            }
        }
    }

    func testTheIssuesExampleInWords() throws {
        let loaded = CatalogLoader.load(contentDirectory: Fixture.repository.appendingPathComponent("content").path)
        let catalog = try XCTUnwrap(loaded.catalog)
        let plan = SitePlanner.plan(catalog, sitemapLimit: SitePlanner.sitemapLimit)
        let context = PageContext(catalog: catalog, plan: plan, entries: RenderedEntries(families: catalog.families, markdown: MarkdownRenderer(allowRawHTML: false)))
        let smtp = try XCTUnwrap(catalog.families.first { $0.id == "smtp" })
        let svg = try XCTUnwrap(context.exchangeSVG(smtp, [try XCTUnwrap(smtp.entry("250")), try XCTUnwrap(smtp.entry("535"))],
                                                    words: Words(catalog: catalog, language: catalog.defaultLanguage)))
        XCTAssertTrue(svg.contains("<title id=\"exchange-title\">SMTP exchange: where 250 and 535 are sent</title>"))
        XCTAssertTrue(svg.contains("<desc id=\"exchange-desc\">250 answers EHLO or HELO, MAIL, RCPT, end of data and other commands. "
                                   + "535 answers AUTH.</desc>"), svg)
        let enhanced = try XCTUnwrap(catalog.families.first { $0.id == "smtp-enhanced" })
        let x78 = try XCTUnwrap(context.exchangeSVG(enhanced, [try XCTUnwrap(enhanced.entry("X.7.8"))],
                                                    words: Words(catalog: catalog, language: catalog.defaultLanguage)))
        XCTAssertTrue(x78.contains(">535 5.7.8</text>"))
        XCTAssertTrue(x78.contains("<title id=\"exchange-title\">SMTP exchange: where X.7.8 is sent</title>"))
    }
}
