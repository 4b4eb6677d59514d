import VersusModel
import VersusLoad
import VersusPlan
import VersusRender
import VersusBuild
import VersusKit
import XCTest

/// With base_url: sitemaps with alternates (split past the limit), robots.txt, canonical, Open Graph and JSON-LD.
final class PublishingTests: XCTestCase {
    private let base = "https://codes.example.org/docs/"

    private func build(sitemapLimit: Int = SitePlanner.sitemapLimit) throws -> String {
        let output = try Fixture.temporaryFolder(self) + "/site"
        var options = BuildOptions(contentDirectory: try Fixture.scratchContent("multilingual", self), templatesDirectory: Fixture.templates, outputDirectory: output)
        options.sitemapLimit = sitemapLimit
        _ = try SiteBuilder.build(options)
        return output
    }

    private func locations(_ xml: String) -> [String] {
        xml.components(separatedBy: "<loc>").dropFirst().map { String($0[..<$0.range(of: "</loc>")!.lowerBound]) }
    }

    func testSitemapListsEveryCanonicalPageAndNoRedirect() throws {
        let output = try build()
        let sitemap = try Fixture.read(output + "/sitemap.xml")
        let listed = Set(locations(sitemap))
        let canonical = Fixture.files(in: output).filter {
            $0.hasSuffix(".html") && $0 != "404.html" && !$0.hasSuffix("search.html") && !(try! Fixture.read(output + "/" + $0)).contains("http-equiv=\"refresh\"")
        }
        XCTAssertEqual(listed, Set(canonical.map { base + $0 }))
        XCTAssertFalse(sitemap.contains("535-vs-250"))
        XCTAssertTrue(sitemap.contains(#"<xhtml:link rel="alternate" hreflang="ar" href="https://codes.example.org/docs/ar/mail/250-vs-535.html"/>"#))
        XCTAssertEqual(try Fixture.read(output + "/robots.txt"), "User-agent: *\nAllow: /\n\nSitemap: https://codes.example.org/docs/sitemap.xml\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: output + "/sitemap-1.xml"))
    }

    func testSitemapSplitsIntoAnIndexPastTheLimit() throws {
        let output = try build(sitemapLimit: 10)
        let index = try Fixture.read(output + "/sitemap.xml")
        XCTAssertTrue(index.contains("<sitemapindex"))
        let parts = locations(index)
        XCTAssertEqual(parts, (1...parts.count).map { base + "sitemap-\($0).xml" })
        var all: [String] = []
        for part in 1...parts.count {
            let urls = locations(try Fixture.read(output + "/sitemap-\(part).xml"))
            XCTAssertLessThanOrEqual(urls.count, 10)
            all += urls
        }
        XCTAssertEqual(Set(all), Set(locations(try Fixture.read(try build() + "/sitemap.xml"))))
        XCTAssertEqual(all.count, Set(all).count)
    }

    func testNoSitemapWithoutBaseURL() throws {
        let output = try Fixture.temporaryFolder(self) + "/site"
        _ = try SiteBuilder.build(BuildOptions(contentDirectory: try Fixture.scratchContent("basic", self), templatesDirectory: Fixture.templates, outputDirectory: output))
        XCTAssertFalse(FileManager.default.fileExists(atPath: output + "/sitemap.xml"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: output + "/robots.txt"))
        XCTAssertFalse(try Fixture.read(output + "/en/mail/250.html").contains("rel=\"canonical\""))
    }

    func testHeadHasCanonicalOpenGraphAndParsableJSONLD() throws {
        let output = try build()
        let page = try Fixture.read(output + "/es/mail/250-vs-535.html")
        XCTAssertTrue(page.contains(#"<link rel="canonical" href="https://codes.example.org/docs/es/mail/250-vs-535.html">"#))
        XCTAssertTrue(page.contains(#"<meta property="og:type" content="article">"#))
        XCTAssertTrue(page.contains(#"<meta property="og:url" content="https://codes.example.org/docs/es/mail/250-vs-535.html">"#))
        let json = try XCTUnwrap(Self.jsonLD(in: page))
        let graph = try XCTUnwrap(json["@graph"] as? [[String: Any]])
        XCTAssertEqual(graph.map { $0["@type"] as? String }, ["TechArticle", "FAQPage"])
        let questions = try XCTUnwrap(graph[1]["mainEntity"] as? [[String: Any]])
        XCTAssertEqual(questions.first?["name"] as? String, "¿Cuándo se envía 250 (Correcto)?")
        let code = try XCTUnwrap(Self.jsonLD(in: try Fixture.read(output + "/en/mail/354.html")))
        XCTAssertEqual(code["@type"] as? String, "TechArticle")
        XCTAssertEqual(code["headline"] as? String, "MAIL 354 Start mail input")
    }

    static func jsonLD(in html: String) throws -> [String: Any]? {
        guard let start = html.range(of: "<script type=\"application/ld+json\">"),
              let end = html.range(of: "</script>", range: start.upperBound..<html.endIndex) else { return nil }
        return try JSONSerialization.jsonObject(with: Data(html[start.upperBound..<end.lowerBound].utf8)) as? [String: Any]
    }
}
