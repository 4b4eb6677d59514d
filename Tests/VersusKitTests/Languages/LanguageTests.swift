import VersusModel
import VersusLoad
import VersusRender
import VersusBuild
import VersusKit
import XCTest

/// The multilingual fixture: en (default), es (fallback) and ar (right-to-left, omit).
final class LanguageTests: XCTestCase {
    private static let base = "https://codes.example.org/docs/"
    private var output = ""

    override func setUpWithError() throws {
        output = try Fixture.temporaryFolder(self) + "/site"
        let content = try Fixture.scratchContent("multilingual", self)
        _ = try SiteBuilder.build(BuildOptions(contentDirectory: content, templatesDirectory: Fixture.templates, outputDirectory: output))
    }

    private func page(_ path: String) throws -> String { try Fixture.read("\(output)/\(path)") }

    private func links(in html: String, pattern: String) throws -> [String] {
        let regex = try NSRegularExpression(pattern: pattern)
        return regex.matches(in: html, range: NSRange(html.startIndex..., in: html)).map {
            String(html[Range($0.range(at: 1), in: html)!])
        }
    }

    func testSectionHeadingsAreInThePageLanguage() throws {
        XCTAssertTrue(try page("en/mail/250.html").contains(##"<h2 id="description">Description <a class="anchor" href="#description""##))
        XCTAssertTrue(try page("es/mail/250.html").contains(##"<h2 id="description">Descripción <a class="anchor" href="#description""##))
        XCTAssertTrue(try page("es/mail/250.html").contains(##"<h2 id="when">Cuándo lo verás <a class="anchor" href="#when""##))
        XCTAssertTrue(try page("es/mail/250.html").contains(##"<h2 id="fix">Cómo solucionarlo <a class="anchor" href="#fix""##))
        XCTAssertTrue(try page("ar/mail/250.html").contains(##"<h2 id="description">الوصف <a class="anchor" href="#description""##))
        let pair = try page("es/mail/250-vs-535.html")
        for heading in ["Diferencias clave", "Cuándo usar cada uno", "Saber más"] {
            XCTAssertTrue(pair.contains(">\(heading) <a class=\"anchor\""), heading)
        }
    }

    func testHTMLLanguageAndDirection() throws {
        XCTAssertTrue(try page("en/mail/250.html").hasPrefix("<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">"))
        XCTAssertTrue(try page("es/mail/index.html").hasPrefix("<!DOCTYPE html>\n<html lang=\"es\" dir=\"ltr\">"))
        XCTAssertTrue(try page("ar/mail/250-vs-535.html").hasPrefix("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">"))
        XCTAssertTrue(try page("ar/index.html").hasPrefix("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">"))
    }

    func testUntranslatedEntryFallsBackVisiblyWithItsOwnLanguage() throws {
        let html = try page("es/mail/354.html")
        XCTAssertTrue(html.contains(#"<p class="fallback-notice">Este texto aún no está traducido; se muestra en English.</p>"#))
        XCTAssertTrue(html.contains(#"<div class="section-body" lang="en" dir="ltr">"#))
        XCTAssertTrue(html.contains(#"<h1>MAIL 354 <span lang="en" dir="ltr">Start mail input</span></h1>"#))
        XCTAssertFalse(try page("es/mail/250.html").contains("fallback-notice"))
    }

    func testOmittedEntriesHaveNoPagesAndNoLinks() throws {
        let files = Fixture.files(in: output)
        XCTAssertTrue(files.contains("en/mail/354.html"))
        XCTAssertFalse(files.contains { $0.hasPrefix("ar/") && $0.contains("354") }, "no Arabic page for the untranslated 354")
        for file in files where file.hasPrefix("ar/") {
            let hrefs = try links(in: try page(file), pattern: #"href="([^"]*)""#)
            XCTAssertFalse(hrefs.contains { $0.contains("354") && !$0.hasPrefix("../../en/") && !$0.hasPrefix("../../es/") },
                           "\(file) links to an omitted page: \(hrefs)")
        }
    }

    func testLanguageSwitcherLinksResolve() throws {
        for file in Fixture.files(in: output) where file.hasSuffix(".html") && !file.contains("-vs-") || file.hasSuffix("250-vs-535.html") {
            let html = try page(file)
            guard let start = html.range(of: "<nav class=\"language-switcher\""), let end = html.range(of: "</nav>", range: start.upperBound..<html.endIndex) else { continue }
            let hrefs = try links(in: String(html[start.lowerBound..<end.upperBound]), pattern: #"href="([^"]*)""#)
            XCTAssertEqual(hrefs.count, 3, file)
            let folder = (file as NSString).deletingLastPathComponent
            for href in hrefs {
                let target = ((output as NSString).appendingPathComponent(folder) as NSString).appendingPathComponent(href)
                XCTAssertTrue(FileManager.default.fileExists(atPath: (target as NSString).standardizingPath), "\(file) → \(href)")
            }
        }
        let switcher = try page("en/mail/354.html")
        XCTAssertTrue(switcher.contains(#"<a href="../../es/mail/354.html" hreflang="es" lang="es">Español</a>"#))
        XCTAssertTrue(switcher.contains(#"<a href="../../ar/index.html" hreflang="ar" lang="ar">العربية</a>"#), "a missing page leads to that language's home")
    }

    /// Regenerate with VERSUS_UPDATE_GOLDEN=1 after an intended change, and review the diff.
    func testSpanishComparisonMatchesGoldenFile() throws {
        let html = try page("es/mail/250-vs-535.html")
        let golden = Fixture.path("multilingual") + "/golden/es/mail/250-vs-535.html"
        if ProcessInfo.processInfo.environment["VERSUS_UPDATE_GOLDEN"] == "1" { try Fixture.write(html, to: golden) }
        XCTAssertEqual(html, try Fixture.read(golden))
        XCTAssertTrue(html.contains("<p class=\"lead\">MAIL 250 (Correcto) pertenece a la clase 2yz Finalización positiva, mientras que 535 (Credenciales de autenticación no válidas) pertenece a la clase 5yz Finalización negativa permanente.</p>"))
        XCTAssertTrue(html.contains("<li>Tras 250, el cliente debe continuar, porque el paso se completó y no hay nada que repetir; tras 535, debe corregir lo que indica la respuesta antes de volver a intentarlo.</li>"))
        XCTAssertTrue(html.contains("<li>250 se define en el RFC 5321, sección 4.2.2; 535, en el RFC 4954, sección 6.</li>"))
        // A use_when not yet translated is shown in English, marked as such.
        XCTAssertTrue(html.contains(#"<dd><span lang="en" dir="ltr">Send 535 when the credentials given with AUTH are not accepted.</span></dd>"#))
    }

    func testHreflangAlternatesAreAbsoluteAndReciprocal() throws {
        var checked = 0
        for file in Fixture.files(in: output) where file.hasSuffix(".html") {
            let html = try page(file)
            let alternates = try links(in: html, pattern: #"<link rel="alternate" hreflang="([^"]+" href="[^"]+)">"#)
            guard !alternates.isEmpty else { continue }
            checked += 1
            XCTAssertTrue(html.contains("<link rel=\"canonical\" href=\"\(Self.base)\(file)\">"), file)
            let set = Set(alternates)
            XCTAssertTrue(set.contains { $0.hasPrefix("x-default\" href=\"\(Self.base)en/") }, file)
            for alternate in set where !alternate.hasPrefix("x-default") {
                let url = String(alternate[alternate.range(of: "href=\"")!.upperBound...])
                XCTAssertTrue(url.hasPrefix(Self.base), url)
                let other = try page(String(url.dropFirst(Self.base.count)))
                XCTAssertEqual(Set(try links(in: other, pattern: #"<link rel="alternate" hreflang="([^"]+" href="[^"]+)">"#)), set, "\(file) ↔ \(url)")
            }
        }
        XCTAssertGreaterThan(checked, 20)
        XCTAssertTrue(try page("en/mail/354.html").contains("hreflang=\"es\""))
        XCTAssertFalse(try page("en/mail/354.html").contains("hreflang=\"ar\" href"), "no alternate for an omitted page")
    }

    func testCoverageCountsTranslatedEntries() throws {
        let catalog = try XCTUnwrap(CatalogLoader.load(contentDirectory: Fixture.path("multilingual") + "/content").catalog)
        let coverage = TranslationCoverage.compute(catalog)
        XCTAssertEqual(coverage.map(\.language), ["es", "ar"])
        XCTAssertEqual(coverage.map(\.translated), [2, 2])
        XCTAssertEqual(coverage.map(\.total), [3, 3])
        // The one pair note is translated into Spanish only.
        XCTAssertEqual(coverage.map(\.notesTranslated), [1, 0])
        XCTAssertEqual(coverage.map(\.notesTotal), [1, 1])
        XCTAssertEqual(coverage.map(\.missingNotes), [[], ["mail/250-vs-535"]])
        XCTAssertEqual(coverage.map(\.missing), [["mail/354"], ["mail/354"]])
    }
}
