import Foundation
import Synchronization
import VersusModel
import VersusLoad
import VersusRender
import VersusBuild
import VersusKit
import XCTest

/// Every comparison page of the shipped catalog, in English and Spanish, read as a reader would: no generated
/// sentence twice, no summary twice, no success advice for a failure, and enhanced codes sent with one class named
/// in full. Table-driven over the whole catalog, not a sample.
final class ShippedComparisonTests: XCTestCase {
    // XCTest runs a class's tests one after another, on one thread, so the cache is never raced.
    nonisolated(unsafe) private static var built: (catalog: Catalog, output: String)?

    /// The shipped content built once, in its English and Spanish pages only (the other languages repeat their text).
    private func site() throws -> (catalog: Catalog, output: String) {
        if let built = Self.built { return built }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("versus-shipped-\(UUID().uuidString)").path
        let content = folder + "/content"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Fixture.repository.appendingPathComponent("content").path, toPath: content)
        let site = try Fixture.read(content + "/site.yml")
        try Fixture.write(site.split(separator: "\n").filter { line in !["code: pt", "code: ar", "code: hi", "code: tr"].contains { line.contains($0) } }.joined(separator: "\n") + "\n",
                          to: content + "/site.yml")
        let output = folder + "/site"
        _ = try SiteBuilder.build(BuildOptions(contentDirectory: content, templatesDirectory: Fixture.templates, outputDirectory: output))
        let catalog = try XCTUnwrap(CatalogLoader.load(contentDirectory: content).catalog)
        Self.built = (catalog, output)
        return (catalog, output)
    }

    override class func tearDown() {
        if let output = built?.output { try? FileManager.default.removeItem(atPath: (output as NSString).deletingLastPathComponent) }
        super.tearDown()
    }

    func testNoFailureCodeGetsSuccessAdvice() throws {
        let catalog = try site().catalog
        var checked = 0
        for family in catalog.families {
            for entry in family.entries {
                let outcomes = family.classes(of: entry).compactMap(\.outcome)
                XCTAssertFalse(outcomes.isEmpty, "\(family.id)/\(entry.code) has a class with an outcome")
                if outcomes.contains(where: { $0 != .success }) {
                    XCTAssertNotEqual(family.retryAdvice(entry), RetryAdvice.none, "\(family.id)/\(entry.code)")
                }
                if let advice = family.retryAdvice(entry) {
                    for outcome in outcomes { XCTAssertTrue(outcome.allowedRetry.contains(advice), "\(family.id)/\(entry.code): \(advice)") }
                }
                checked += 1
            }
        }
        XCTAssertEqual(checked, 241)
    }

    func testComparisonPagesSayEachThingOnce() throws {
        let (catalog, output) = try site()
        var pairs: [(family: Family, language: String, a: Entry, b: Entry)] = []
        for language in ["en", "es"] {
            for family in catalog.families {
                for (index, a) in family.entries.enumerated() {
                    for b in family.entries[(index + 1)...] { pairs.append((family, language, a, b)) }
                }
            }
        }
        let problems = Problems()
        let jobs = pairs
        DispatchQueue.concurrentPerform(iterations: jobs.count) { index in
            let (family, language, a, b) = jobs[index]
            let path = "\(language)/\(family.id)/\(a.code)-vs-\(b.code).html"
            guard let data = FileManager.default.contents(atPath: output + "/" + path) else { return problems.add("\(path) is missing") }
            let page = ComparisonPage(data: data)
            var seen = Set<String>()
            for sentence in page.generatedSentences where !seen.insert(sentence).inserted { problems.add("\(path) repeats: \(sentence)") }
            for entry in [a, b] {
                let summary = (entry.texts[language] ?? entry.texts["en"]!).summary
                let count = page.occurrencesInBody(of: ComparisonPage.escaped(summary))
                if count > 1 { problems.add("\(path) shows the summary of \(entry.code) \(count) times") }
                if family.classSource == .usedWith, entry.usedWith.count == 1 {
                    let full = entry.usedWith[0] + entry.code.drop { $0 != "." }
                    if !page.keyDifferences.contains(full) { problems.add("\(path) does not name \(full)") }
                }
            }
            if page.keyDifferences.isEmpty { problems.add("\(path) has no key differences") }
        }
        XCTAssertEqual(problems.all.sorted(), [])
        let expected = catalog.families.reduce(0) { $0 + $1.entries.count * ($1.entries.count - 1) / 2 } * 2
        XCTAssertEqual(jobs.count, expected)
    }

    /// The pages the issue found faulty, with the sentences they must now have.
    func testTheReportedPagesNowReadRight() throws {
        let output = try site().output
        func page(_ path: String) throws -> ComparisonPage { ComparisonPage(data: try XCTUnwrap(FileManager.default.contents(atPath: output + "/" + path))) }

        let gone = try page("en/http/404-vs-410.html").keyDifferences
        XCTAssertTrue(gone.contains("after 410, it should not repeat the request, because it will keep failing whatever the client changes."))
        XCTAssertFalse(gone.contains("succeeded"))

        let protected = try page("es/ftp/631-vs-633.html")
        XCTAssertTrue(protected.keyDifferences.contains("Tras 631, el cliente debe comprobar la protección de integridad de la respuesta y decodificarla"))
        XCTAssertTrue(protected.keyDifferences.contains("tras 633, debe descifrar la respuesta protegida"))
        XCTAssertTrue(protected.keyDifferences.contains("Los dos se definen en el RFC 2228, secciones 5.2 y 8.2."))
        XCTAssertFalse(protected.keyDifferences.contains("categoría"), "RFC 959 categories do not apply to 6yz replies")

        let created = try page("es/http/201-vs-204.html")
        XCTAssertEqual(created.lead.first, "HTTP 201 (Creado) y 204 (Sin contenido) pertenecen a la misma clase: 2xx Correctos.")
        XCTAssertTrue(created.keyDifferences.contains("201 se define en el RFC 9110, sección 15.3.2; 204, en el RFC 9110, sección 15.3.5."))
        XCTAssertNil(created.keyDifferences.range(of: #":\s*\p{Lu}"#, options: .regularExpression), "no capital after a colon")

        let enhanced = try page("en/smtp-enhanced/X.7.12-vs-X.7.14.html")
        XCTAssertTrue(enhanced.keyDifferences.contains("X.7.12 is only ever sent as 4.7.12, a temporary failure. X.7.14 is only ever sent as 5.7.14, a permanent failure."))
        XCTAssertTrue(enhanced.lead.first?.contains("both belong to the subject X.7 Security or Policy.") ?? false)
        XCTAssertFalse(enhanced.html.contains("class X.7"))
        XCTAssertTrue(try page("en/smtp/250-vs-535.html").lead.first?.hasPrefix("SMTP 250 (OK) belongs to class") ?? false,
                      "headlines and leads use the common name")
    }

    func testEveryEntryHasANameAndUseWhenInEnglishAndSpanish() throws {
        for family in try site().catalog.families {
            for entry in family.entries {
                for language in ["en", "es"] {
                    let text = try XCTUnwrap(entry.texts[language])
                    XCTAssertFalse(text.name.isEmpty, "\(family.id)/\(entry.code).\(language)")
                    XCTAssertNotNil(text.useWhen, "\(family.id)/\(entry.code).\(language) use_when")
                    XCTAssertNotEqual(text.useWhen, text.summary)
                }
            }
        }
    }

    func testAtLeastFortyNotesInThreeFamiliesInEnglishAndSpanish() throws {
        let families = try site().catalog.families.filter { !$0.notes.isEmpty }
        XCTAssertGreaterThanOrEqual(families.count, 3)
        let notes = families.flatMap(\.notes.values)
        XCTAssertGreaterThanOrEqual(notes.count, 40)
        for note in notes { XCTAssertNotNil(note.texts["es"], "\(note.pair.a)-vs-\(note.pair.b) in Spanish") }
    }
}

/// Problems found on many threads, read at the end.
final class Problems: Sendable {
    private let list = Mutex<[String]>([])
    func add(_ problem: String) { list.withLock { $0.append(problem) } }
    var all: [String] { list.withLock { $0 } }
}

/// The parts of a built comparison page. Cut with plain byte searches: regular expressions and character loops over
/// thousands of pages would make the test slow.
struct ComparisonPage {
    let data: Data
    private let article: String

    /// The whole page as text.
    var html: String { String(decoding: data, as: UTF8.self) }

    init(data: Data) {
        self.data = data
        let start = data.range(of: Data("<article".utf8))?.lowerBound ?? data.startIndex
        let end = data.range(of: Data("</article>".utf8), in: start..<data.endIndex)?.upperBound ?? data.endIndex
        article = String(decoding: data[start..<end], as: UTF8.self)
    }

    /// How often `needle` (HTML, as written in the page) occurs in `<body>`, which holds no scripts but the site's own.
    func occurrencesInBody(of needle: String) -> Int {
        let pattern = Data(needle.utf8)
        var from = data.range(of: Data("<body".utf8))?.upperBound ?? data.startIndex
        var count = 0
        while let found = data.range(of: pattern, in: from..<data.endIndex) {
            count += 1
            from = found.upperBound
        }
        return count
    }

    var lead: [String] { Self.between("<p class=\"lead\">", "</p>", in: article) }
    var keyDifferences: String { Self.between("<ol class=\"differences\">", "</ol>", in: article).joined(separator: " ") }
    var uses: [String] { Self.between("<dd>", "</dd>", in: Self.between("<dl class=\"uses\">", "</dl>", in: article).joined()) }
    var note: String { Self.between("<section class=\"pair-note\"", "</section>", in: article).joined(separator: " ") }

    /// Sentences of the lead, the note, the key differences and "When to use each".
    var generatedSentences: [String] {
        let differences = Self.between("<li>", "</li>", in: keyDifferences)
        return (lead + differences + uses + [note]).flatMap { part in
            Self.text(part).components(separatedBy: ". ").map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0.count > 12 }
        }
    }

    /// Every piece of `text` between `open` and the next `close`.
    static func between(_ open: String, _ close: String, in text: String) -> [String] {
        var result: [String] = []
        var rest = Substring(text)
        while let start = rest.range(of: open), let end = rest.range(of: close, range: start.upperBound..<rest.endIndex) {
            result.append(String(rest[start.upperBound..<end.lowerBound]))
            rest = rest[end.upperBound...]
        }
        return result
    }

    /// Tags removed, entities decoded, white space collapsed.
    static func text(_ html: String) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(html.utf8.count)
        var inTag = false
        for byte in html.utf8 {
            if inTag { if byte == UInt8(ascii: ">") { inTag = false }; continue }
            if byte == UInt8(ascii: "<") { inTag = true; continue }
            let space = byte == 0x20 || byte == 0x0A || byte == 0x09
            if space, output.last == 0x20 || output.isEmpty { continue }
            output.append(space ? 0x20 : byte)
        }
        return String(decoding: output, as: UTF8.self).replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    /// Text as the pages escape it.
    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
            .replacingOccurrences(of: "\"", with: "&quot;").replacingOccurrences(of: "'", with: "&#39;")
    }
}

/// The page reader finds what the shipped-catalog test looks for, so that test can fail.
final class ComparisonPageTests: XCTestCase {
    func testRepeatedSentencesAndSummariesAreFound() {
        let html = """
        <html><head><meta name="description" content="A summary.">
        </head><body><article class="comparison">
        <p class="lead">MAIL 250 (OK) and 251 (Forward) both belong to class 2yz. 250 says: “A summary &amp; more.”</p>
        <ol class="differences">
        <li>Both report success.</li>
        <li>After either code, the client should carry on. Both report success.</li>
        </ol>
        <dl class="uses"><dd>Send 250 when it worked.</dd></dl>
        </article><p>A summary &amp; more.</p></body></html>
        """
        let page = ComparisonPage(data: Data(html.utf8))
        XCTAssertEqual(page.generatedSentences, [
            "MAIL 250 (OK) and 251 (Forward) both belong to class 2yz", "250 says: “A summary & more.”",
            "Both report success.", "After either code, the client should carry on", "Both report success.",
            "Send 250 when it worked.",
        ])
        XCTAssertEqual(page.occurrencesInBody(of: ComparisonPage.escaped("A summary & more.")), 2)
        XCTAssertEqual(page.occurrencesInBody(of: ComparisonPage.escaped("A summary.")), 0)
        XCTAssertTrue(page.keyDifferences.contains("Both report success."))
    }
}
