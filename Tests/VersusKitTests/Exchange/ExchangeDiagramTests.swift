import Foundation
import VersusBuild
@testable import VersusRender
import XCTest

/// The exchange diagram as pages carry it: exact SVGs (golden files), its words in each language, its size, and the
/// template variable's absence where nothing is drawn. Regenerate with VERSUS_UPDATE_GOLDEN=1 and review the diff.
final class ExchangeDiagramTests: XCTestCase {
    private func built(_ fixture: String, edit: (String) throws -> Void = { _ in }) throws -> String {
        let content = try Fixture.scratchContent(fixture, self)
        try edit(content)
        let output = try Fixture.temporaryFolder(self) + "/site"
        let report = try SiteBuilder.build(BuildOptions(contentDirectory: content, templatesDirectory: Fixture.templates, outputDirectory: output))
        XCTAssertEqual(report.diagnostics, [])
        return output
    }

    private func svg(_ page: String, in output: String) throws -> String {
        let html = try Fixture.read(output + "/" + page)
        guard let start = html.range(of: "<svg "), let end = html.range(of: "</svg>", range: start.upperBound..<html.endIndex) else {
            XCTFail("\(page) has no diagram")
            return ""
        }
        return String(html[start.lowerBound..<end.upperBound])
    }

    private func assertGolden(_ page: String, in output: String, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let drawing = try svg(page, in: output)
        let golden = Fixture.path("multilingual") + "/golden/" + page.replacingOccurrences(of: ".html", with: ".svg")
        if ProcessInfo.processInfo.environment["VERSUS_UPDATE_GOLDEN"] == "1" { try Fixture.write(drawing + "\n", to: golden) }
        XCTAssertEqual(drawing + "\n", try Fixture.read(golden), page, file: file, line: line)
        return drawing
    }

    func testCodePageAndComparisonGoldenDiagrams() throws {
        let output = try built("multilingual")
        let code = try assertGolden("en/mail/250.html", in: output)
        XCTAssertTrue(code.contains("<title id=\"exchange-title\">MAIL exchange: where 250 is sent</title>"))
        XCTAssertTrue(code.contains("<desc id=\"exchange-desc\">250 answers MAIL, RCPT and end of data.</desc>"))
        let pair = try assertGolden("en/mail/250-vs-535.html", in: output)
        XCTAssertTrue(pair.contains("<desc id=\"exchange-desc\">250 answers MAIL, RCPT and end of data. 535 answers AUTH.</desc>"))
        // Two styles that differ by more than colour: the second code's arrows are dashed (CSS) and open-headed.
        XCTAssertEqual(pair.components(separatedBy: "<g class=\"x-a\">").count - 1, 4, "3 replies of 250 and its legend sample")
        XCTAssertEqual(pair.components(separatedBy: "<g class=\"x-b\">").count - 1, 2, "1 reply of 535 and its legend sample")
        let arabic = try assertGolden("ar/mail/250-vs-535.html", in: output)
        XCTAssertTrue(arabic.contains("direction=\"rtl\""))
        XCTAssertTrue(arabic.contains("<text class=\"x-side\" x=\"450\" y=\"18\" text-anchor=\"middle\">العميل</text>"), "the client is on the right")
        XCTAssertTrue(arabic.contains("direction=\"ltr\" unicode-bidi=\"embed\">250</text>"), "codes stay left-to-right")
        XCTAssertTrue(arabic.contains("نهاية البيانات"))
    }

    func testWordsFollowThePageLanguageAndServerSteps() throws {
        let output = try built("multilingual") { content in
            let path = content + "/mail/535.md"
            try Fixture.write(try Fixture.read(path).replacingOccurrences(of: "commands: [AUTH]", with: "commands: [AUTH]\nsteps: [greeting, auth]"), to: path)
        }
        XCTAssertTrue(try svg("en/mail/535.html", in: output)
            .contains("<desc id=\"exchange-desc\">535 answers AUTH. 535 is the server&#39;s connection greeting.</desc>"))
        XCTAssertTrue(try svg("es/mail/535.html", in: output)
            .contains("<desc id=\"exchange-desc\">535 responde a AUTH. 535 es el mensaje del servidor en: saludo de conexión.</desc>"))
        XCTAssertTrue(try svg("ar/mail/535.html", in: output)
            .contains("<desc id=\"exchange-desc\">يأتي \u{2068}535\u{2069} ردًا على \u{2068}AUTH\u{2069}. \u{2068}535\u{2069} هو رسالة الخادم في: \u{2068}تحية الاتصال\u{2069}.</desc>"))
    }

    func testEnhancedCodesAreDrawnOnTheLendersExchangeWithTheirBasicCodes() throws {
        let output = try built("offline")
        let drawing = try svg("en/enhanced/X.7.8.html", in: output)
        XCTAssertTrue(drawing.contains("<title id=\"exchange-title\">MAIL exchange: where X.7.8 is sent</title>"), "the lender names the exchange")
        XCTAssertTrue(drawing.contains(">535 5.7.8</text>"))
        XCTAssertTrue(try svg("es/enhanced/X.7.8.html", in: output).contains("<title id=\"exchange-title\">Intercambio MAIL: dónde se envía X.7.8</title>"))
    }

    func testNoDiagramWhereNothingIsDrawnOrTheFamilySaysNone() throws {
        var output = try built("offline")
        XCTAssertFalse(try Fixture.read(output + "/en/enhanced/X.1.1.html").contains("<svg"), "X.1.1 has no commands")
        XCTAssertFalse(try Fixture.read(output + "/en/zone/530.html").contains("<svg"), "zone declares no exchange")
        output = try built("multilingual") { content in
            let path = content + "/mail/354.md"
            try Fixture.write(try Fixture.read(path).replacingOccurrences(of: "commands: [DATA]\n", with: ""), to: path)
        }
        XCTAssertFalse(try Fixture.read(output + "/en/mail/354.html").contains("<svg"), "354 has no commands now")
        XCTAssertTrue(try svg("en/mail/250-vs-354.html", in: output)
            .contains("<desc id=\"exchange-desc\">250 answers MAIL, RCPT and end of data. 354 is not tied to one step of the exchange.</desc>"))
        output = try built("multilingual") { content in
            let path = content + "/mail/_family.yml"
            let text = try Fixture.read(path)
            try Fixture.write(String(text[..<text.range(of: "exchange:")!.lowerBound]) + "exchange: none\n", to: path)
            for language in ["es", "ar"] {
                let translation = content + "/mail/_family.\(language).yml"
                let translated = try Fixture.read(translation)
                try Fixture.write(String(translated[..<translated.range(of: "exchange:")!.lowerBound]), to: translation)
            }
        }
        for page in ["en/mail/250.html", "en/mail/250-vs-535.html"] {
            let html = try Fixture.read(output + "/" + page)
            XCTAssertFalse(html.contains("<svg"), page)
            XCTAssertFalse(html.contains("href=\"#exchange\""), "no table-of-contents entry either: \(page)")
        }
    }

    func testADiagramStaysUnderEightKilobytes() throws {
        let output = try built("multilingual")
        for page in ["en/mail/250.html", "en/mail/250-vs-535.html", "ar/mail/250-vs-535.html", "es/mail/250-vs-535.html"] {
            XCTAssertLessThan(try svg(page, in: output).utf8.count, 8 * 1024, page)
        }
    }
}

/// The drawing's own rules, on values built by hand.
final class ExchangeDrawingTests: XCTestCase {
    func testLongCodesInTheLegendNeverOverlap() {
        let codes = ["EAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0", "ERR-CONNECTION-REFUSED-ABCDEFGH"]
        let svg = ExchangeDiagram(title: "t", description: "d", clientLabel: "Client", serverLabel: "Server",
                                  steps: [.init(label: "GET", fromServer: false, marks: [.init(style: .first, labelHTML: codes[0])])],
                                  legend: codes, mirrored: false).svg
        // The second code does not fit beside the first: it gets a row of its own, at the left again.
        XCTAssertTrue(svg.contains("<g class=\"x-a\"><path d=\"M70 "))
        let rows = svg.components(separatedBy: "<g class=\"x-b\"><path d=\"M70 ")
        XCTAssertEqual(rows.count, 2, svg)
        let short = ExchangeDiagram(title: "t", description: "d", clientLabel: "C", serverLabel: "S", steps: [], legend: ["250", "535"], mirrored: false).svg
        XCTAssertTrue(short.contains("<g class=\"x-b\"><path d=\"M206 "), "after 48 + 6 × 8 + 40 px: \(short)")
    }
}
