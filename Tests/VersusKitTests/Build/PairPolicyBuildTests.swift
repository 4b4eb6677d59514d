import Foundation
import VersusBuild
import VersusCheck
import VersusKit
import XCTest

/// A built site per pair policy: the comparison and redirect files that exist and those that do not, code pages'
/// lists and pickers, pair counts, the search index, the sitemap and hreflang alternates, and no broken link.
///
/// The multilingual fixture (en; es showing every code; ar showing only 250 and 535) with 221 and 550 added:
/// classes 2 (221, 250), 3 (354) and 5 (535, 550); 250 and 535 list each other as related and have a note, 250
/// lists 354, and 550 lists 354.
final class PairPolicyBuildTests: XCTestCase {
    private let codes = ["221", "250", "354", "535", "550"]

    private func entry(_ code: String, title: String, related: [String]) -> String {
        """
        ---
        code: "\(code)"
        title: \(title)
        summary: The server says \(code).
        spec:
          - {rfc: 5321, section: "4.2.3"}
        \(related.isEmpty ? "" : "related: [\(related.map { "\"\($0)\"" }.joined(separator: ", "))]\n")---

        ## Description

        Reply \(code).

        ## When you'll see it

        Now and then.

        ## How to fix

        Nothing to fix.

        """
    }

    /// Builds the fixture with `pairs:` set to `policy` (nil: no `pairs` key) into `<folder>/site`.
    private func build(_ policy: String?, shard: Shard? = nil, into name: String = "site", folder: String? = nil) throws -> String {
        let folder = try folder ?? Fixture.temporaryFolder(self)
        let content = folder + "/content"
        if !FileManager.default.fileExists(atPath: content) {
            _ = try Fixture.copy("multilingual", into: folder)
            try Fixture.write(entry("221", title: "Service closing", related: []), to: content + "/mail/221.md")
            try Fixture.write(entry("550", title: "Mailbox unavailable", related: ["354"]), to: content + "/mail/550.md")
            if let policy {
                try Fixture.write(try Fixture.read(content + "/mail/_family.yml") + "pairs: \(policy)\n", to: content + "/mail/_family.yml")
            }
        }
        var options = BuildOptions(contentDirectory: content, templatesDirectory: Fixture.templates, outputDirectory: folder + "/" + name)
        options.shard = shard
        let report = try SiteBuilder.build(options)
        XCTAssertEqual(report.diagnostics, [])
        return folder + "/" + name
    }

    /// "a-vs-b" names of every comparison file (pages and redirects) of a language.
    private func comparisonFiles(_ site: String, _ language: String) -> Set<String> {
        Set(Fixture.files(in: site + "/\(language)/mail").filter { $0.contains("-vs-") }.map { String($0.dropLast(".html".count)) })
    }

    private func withRedirects(_ pairs: [String]) -> Set<String> {
        Set(pairs.flatMap { pair -> [String] in
            let codes = pair.components(separatedBy: "-vs-")
            return [pair, "\(codes[1])-vs-\(codes[0])"]
        })
    }

    private func matches(_ pattern: String, in text: String) throws -> [String] {
        let regex = try NSRegularExpression(pattern: pattern)
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { String(text[Range($0.range(at: 1), in: text)!]) }
    }

    /// The family entry of a language's search index, as JSON values.
    private func searchFamily(_ site: String, _ language: String) throws -> [String: Any] {
        let script = try Fixture.read(site + "/\(language)/search-index.js")
        let json = script.dropFirst("window.VersusSearchIndex = ".count).dropLast(";\n".count)
        let index = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        return try XCTUnwrap((index["families"] as? [[String: Any]])?.first)
    }

    private func sitemapComparisons(_ site: String) throws -> [String] {
        try matches(#"<loc>https://codes\.example\.org/docs/([a-z]+/mail/[0-9]+-vs-[0-9]+)\.html</loc>"#, in: try Fixture.read(site + "/sitemap.xml"))
    }

    private struct Expected {
        var pairs: [String]
        var arabicPairs: [String]
        var comparisonsOf250: [String]
        var count: Int
    }

    /// Everything a policy decides, checked on one build.
    private func check(_ site: String, _ expected: Expected, file: StaticString = #filePath, line: UInt = #line) throws {
        for language in ["en", "es"] {
            XCTAssertEqual(comparisonFiles(site, language), withRedirects(expected.pairs), language, file: file, line: line)
        }
        XCTAssertEqual(comparisonFiles(site, "ar"), withRedirects(expected.arabicPairs), file: file, line: line)

        let codePage = try Fixture.read(site + "/en/mail/250.html")
        let list = try XCTUnwrap(codePage.components(separatedBy: "<ul class=\"compare-list\">").last?.components(separatedBy: "</ul>").first)
        XCTAssertEqual(try matches(#"href="([^"]+)""#, in: list), expected.comparisonsOf250.map { $0 + ".html" }, file: file, line: line)
        XCTAssertEqual(try matches(#"<option value="([^"]+)">"#, in: codePage), expected.comparisonsOf250.map { $0 + ".html" },
                       "the code page's picker", file: file, line: line)
        for code in codes {
            let page = try Fixture.read(site + "/en/mail/\(code).html")
            let partners = expected.pairs.filter { $0.components(separatedBy: "-vs-").contains(code) }
            XCTAssertEqual(try matches(#"<li><a href="([0-9]+-vs-[0-9]+\.html)">"#, in: page).count,
                           partners.count + (code == "250" || code == "535" ? 1 : 0), "\(code): its comparisons and its noted pair", file: file, line: line)
            XCTAssertEqual(page.contains("id=\"compare\""), !partners.isEmpty, code, file: file, line: line)
        }
        XCTAssertTrue(try Fixture.read(site + "/en/mail/index.html").contains("· \(expected.count) comparisons</p>"), file: file, line: line)
        XCTAssertTrue(try Fixture.read(site + "/en/index.html").contains("5 Codes · \(expected.count) comparisons"), file: file, line: line)

        XCTAssertEqual(try sitemapComparisons(site).sorted(),
                       (expected.pairs.flatMap { ["en/mail/\($0)", "es/mail/\($0)"] } + expected.arabicPairs.map { "ar/mail/\($0)" }).sorted(),
                       file: file, line: line)
        XCTAssertEqual(try LinkChecker.check(site: site).map(\.description), [], file: file, line: line)
    }

    func testAllIsEveryPairAsBefore() throws {
        let pairs = SitePlannerPairs.every(codes)
        for policy in [nil, "all"] {
            let site = try build(policy)
            try check(site, Expected(pairs: pairs, arabicPairs: ["250-vs-535"],
                                     comparisonsOf250: ["221-vs-250", "250-vs-354", "250-vs-535", "250-vs-550"], count: 10))
            let family = try searchFamily(site, "en")
            XCTAssertNil(family["pair_groups"], "without pair_groups, the script knows every pair has a page")
            XCTAssertNil(family["pair_list"])
        }
    }

    func testSameClass() throws {
        let site = try build("same_class")
        try check(site, Expected(pairs: ["221-vs-250", "250-vs-535", "535-vs-550"], arabicPairs: ["250-vs-535"],
                                 comparisonsOf250: ["221-vs-250", "250-vs-535"], count: 3))
        let english = try searchFamily(site, "en")
        XCTAssertEqual(english["pair_groups"] as? [[String]], [["221", "250"], ["535", "550"]])
        XCTAssertEqual(english["pair_list"] as? [[String]], [])
        XCTAssertEqual(english["notes"] as? [[String]], [["250", "535"]])
        let arabic = try searchFamily(site, "ar")
        XCTAssertEqual(arabic["pair_groups"] as? [[String]], [], "a group needs two codes the language shows")
        XCTAssertEqual(arabic["notes"] as? [[String]], [["250", "535"]])

        // hreflang: a comparison lists the languages that have it.
        let alternates = try matches(#"<link rel="alternate" hreflang="([a-z-]+)""#, in: try Fixture.read(site + "/en/mail/535-vs-550.html"))
        XCTAssertEqual(alternates, ["en", "es", "x-default"])
        XCTAssertEqual(try matches(#"<link rel="alternate" hreflang="([a-z-]+)""#, in: try Fixture.read(site + "/es/mail/250-vs-535.html")),
                       ["en", "es", "ar", "x-default"])
    }

    func testRelated() throws {
        let site = try build("related")
        try check(site, Expected(pairs: ["250-vs-354", "250-vs-535", "354-vs-550"], arabicPairs: ["250-vs-535"],
                                 comparisonsOf250: ["250-vs-354", "250-vs-535"], count: 3))
        let english = try searchFamily(site, "en")
        XCTAssertEqual(english["pair_groups"] as? [[String]], [])
        XCTAssertEqual(english["pair_list"] as? [[String]], [["250", "354"], ["354", "550"]], "noted pairs are in notes")
        XCTAssertEqual(try searchFamily(site, "ar")["pair_list"] as? [[String]], [])
        let family = try Fixture.read(site + "/en/mail/index.html")
        XCTAssertTrue(family.contains(#"<div class="compare-no-page" role="status" data-text="There is no comparison page for these two codes. Open each code&#39;s page:"></div>"#))
    }

    /// A change of policy removes the comparisons it drops and writes those it adds, as a clean build would.
    func testChangingThePolicyRebuildsAsACleanBuild() throws {
        let folder = try Fixture.temporaryFolder(self)
        _ = try build("all", folder: folder)
        let family = folder + "/content/mail/_family.yml"
        for policy in ["related", "same_class", "all"] {
            try Fixture.write(try Fixture.read(family).replacingOccurrences(of: #"pairs: [a-z_]+"#, with: "pairs: \(policy)", options: .regularExpression),
                              to: family)
            let site = try build(nil, folder: folder)
            let clean = try build(nil, into: "clean-\(policy)", folder: folder)
            XCTAssertNil(RebuildPropertyTests.difference(site, clean), policy)
        }
    }

    /// Parts of a build under a policy are, copied together, the single build.
    func testPartsAreTheWholeSiteUnderAPolicy() throws {
        let folder = try Fixture.temporaryFolder(self)
        let whole = try build("same_class", folder: folder)
        var union: [String: Data] = [:]
        for part in 1...3 {
            let site = try build(nil, shard: Shard(index: part, count: 3), into: "part-\(part)", folder: folder)
            for file in Fixture.files(in: site) {
                XCTAssertNil(union[file], file)
                union[file] = FileManager.default.contents(atPath: site + "/" + file)
            }
        }
        XCTAssertEqual(union.keys.sorted(), Fixture.files(in: whole))
        for file in Fixture.files(in: whole) { XCTAssertEqual(union[file], FileManager.default.contents(atPath: whole + "/" + file), file) }
    }
}

/// Every "a-vs-b" of codes given in catalog order.
private enum SitePlannerPairs {
    static func every(_ codes: [String]) -> [String] {
        codes.enumerated().flatMap { index, a in codes[(index + 1)...].map { "\(a)-vs-\($0)" } }
    }
}
