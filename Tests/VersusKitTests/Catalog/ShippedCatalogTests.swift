import VersusModel
import VersusLoad
import VersusRender
import VersusIncremental
import XCTest

/// The shipped catalog: complete against the RFCs and the IANA registry, in English and Spanish, with no boilerplate.
final class ShippedCatalogTests: XCTestCase {
    /// RFC 5321 4.2.2/4.2.3, RFC 4954 (AUTH), RFC 3207, RFC 7504, and the SMTP extension RFCs in the data folder
    /// (1845 checkpoint 355, 1985 ETRN 458/459, 2645 ODMR 453).
    static let smtp = ["211", "214", "220", "221", "235", "250", "251", "252", "253", "334", "354", "355", "421", "432", "450", "451",
                       "452", "453", "454", "455", "458", "459", "500", "501", "502", "503", "504", "521", "530", "534", "535", "538",
                       "550", "551", "552", "553", "554", "555", "556"]

    /// RFC 3463 section 3, and every code the IANA registry has added since (RFCs 3886, 4468, 4954, 5248, 6531, 6710,
    /// 7293, 7372, 7505, 8617, 8689, and X.7.28 registered without an RFC).
    static let smtpEnhanced = ["X.0.0"] + (0...10).map { "X.1.\($0)" } + (0...4).map { "X.2.\($0)" } + (0...6).map { "X.3.\($0)" }
        + (0...7).map { "X.4.\($0)" } + (0...6).map { "X.5.\($0)" } + (0...10).map { "X.6.\($0)" } + (0...30).map { "X.7.\($0)" }

    /// The IANA HTTP Status Code Registry (2022-06-08): code and reason phrase.
    static let http: [String: String] = [
        "100": "Continue", "101": "Switching Protocols", "102": "Processing", "103": "Early Hints",
        "200": "OK", "201": "Created", "202": "Accepted", "203": "Non-Authoritative Information", "204": "No Content",
        "205": "Reset Content", "206": "Partial Content", "207": "Multi-Status", "208": "Already Reported", "226": "IM Used",
        "300": "Multiple Choices", "301": "Moved Permanently", "302": "Found", "303": "See Other", "304": "Not Modified",
        "305": "Use Proxy", "306": "(Unused)", "307": "Temporary Redirect", "308": "Permanent Redirect",
        "400": "Bad Request", "401": "Unauthorized", "402": "Payment Required", "403": "Forbidden", "404": "Not Found",
        "405": "Method Not Allowed", "406": "Not Acceptable", "407": "Proxy Authentication Required", "408": "Request Timeout",
        "409": "Conflict", "410": "Gone", "411": "Length Required", "412": "Precondition Failed", "413": "Content Too Large",
        "414": "URI Too Long", "415": "Unsupported Media Type", "416": "Range Not Satisfiable", "417": "Expectation Failed",
        "418": "(Unused)", "421": "Misdirected Request", "422": "Unprocessable Content", "423": "Locked", "424": "Failed Dependency",
        "425": "Too Early", "426": "Upgrade Required", "428": "Precondition Required", "429": "Too Many Requests",
        "431": "Request Header Fields Too Large", "451": "Unavailable For Legal Reasons",
        "500": "Internal Server Error", "501": "Not Implemented", "502": "Bad Gateway", "503": "Service Unavailable",
        "504": "Gateway Timeout", "505": "HTTP Version Not Supported", "506": "Variant Also Negotiates", "507": "Insufficient Storage",
        "508": "Loop Detected", "510": "Not Extended (OBSOLETED)", "511": "Network Authentication Required",
    ]

    static let expected: [String: [String]] = [
        "smtp": smtp, "smtp-enhanced": smtpEnhanced, "http": Array(http.keys), "ftp": FTPCodes.all,
    ]

    // XCTest runs a class's tests one after another, on one thread, so the cache is never raced.
    nonisolated(unsafe) private static var loaded: CatalogLoader.Result?
    private var result: CatalogLoader.Result {
        if let loaded = Self.loaded { return loaded }
        let result = CatalogLoader.load(contentDirectory: Fixture.repository.appendingPathComponent("content").path)
        Self.loaded = result
        return result
    }

    private var catalog: Catalog { get throws { try XCTUnwrap(result.catalog, result.diagnostics.map(\.description).joined(separator: "\n")) } }

    func testLoadsWithoutErrorsOrWarnings() throws {
        XCTAssertEqual(result.diagnostics.map(\.description), [])
        XCTAssertEqual(try catalog.languages.map(\.code), ["en", "es", "pt", "ar", "hi", "tr"])
    }

    func testEachFamilyHasExactlyTheCodesOfItsSpecs() throws {
        let families = try catalog.families
        XCTAssertEqual(Set(families.map(\.id)), Set(Self.expected.keys))
        for family in families {
            XCTAssertEqual(Set(family.entries.map(\.code)), Set(Self.expected[family.id] ?? []), family.id)
        }
    }

    func testHTTPTitlesAreTheRegistryPhrases() throws {
        let http = try XCTUnwrap(try catalog.families.first { $0.id == "http" })
        for entry in http.entries {
            XCTAssertEqual(entry.texts["en"]?.title, Self.http[entry.code], entry.code)
        }
    }

    func testEveryEntryHasAllSectionsInEnglishAndSpanish() throws {
        for family in try catalog.families {
            XCTAssertNotNil(family.texts["es"], "\(family.id) has _family.es.yml")
            for entry in family.entries {
                for language in ["en", "es"] {
                    let text = try XCTUnwrap(entry.texts[language], "\(family.id)/\(entry.code) in \(language)")
                    XCTAssertEqual(Set(text.sections.keys), Set(SectionKey.entrySections), "\(family.id)/\(entry.code).\(language)")
                    XCTAssertFalse(text.summary.isEmpty)
                }
            }
        }
    }

    func testNoSectionTextIsSharedBetweenEntries() throws {
        for language in ["en", "es"] {
            var seen: [String: String] = [:]
            for family in try catalog.families {
                for entry in family.entries {
                    for (key, text) in entry.texts[language]?.sections ?? [:] {
                        let owner = "\(family.id)/\(entry.code) \(key.rawValue)"
                        if let other = seen[text] { XCTFail("\(owner) repeats \(other) (\(language))") }
                        seen[text] = owner
                    }
                }
            }
        }
    }

    func testTitlesAreUniqueAndRelatedCodesExist() throws {
        for family in try catalog.families {
            let titles = family.entries.compactMap { $0.texts["en"]?.title }
            let repeated = Dictionary(grouping: titles, by: { $0 }).filter { $0.value.count > 1 }.keys
            // The registry itself reserves two codes as "(Unused)".
            XCTAssertEqual(Set(repeated), family.id == "http" ? ["(Unused)"] : [], family.id)
            let codes = Set(family.entries.map(\.code))
            for entry in family.entries {
                XCTAssertTrue(Set(entry.related).isSubset(of: codes), "\(family.id)/\(entry.code)")
                XCTAssertFalse(entry.spec.isEmpty)
            }
        }
    }
}
