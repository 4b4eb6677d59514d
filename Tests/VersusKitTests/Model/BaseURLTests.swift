import XCTest
@testable import VersusModel

/// One rule for `base_url` from site.yml and `--base-url`, and one builder for every absolute URL.
final class BaseURLTests: XCTestCase {
    private func parsed(_ text: String) -> String? { try? BaseURL.parse(text).get().string }

    func testAcceptedAddressesGetOneTrailingSlash() {
        XCTAssertEqual(parsed("https://codes.example.org"), "https://codes.example.org/")
        XCTAssertEqual(parsed("https://codes.example.org/"), "https://codes.example.org/")
        XCTAssertEqual(parsed("http://localhost:8080/docs"), "http://localhost:8080/docs/")
        XCTAssertEqual(parsed("HTTPS://Codes.Example.org/Docs/"), "https://codes.example.org/Docs/")
        // Ports are numbers from 1 to 65535; an empty port is the scheme's default (RFC 3986 §3.2.3).
        XCTAssertEqual(parsed("https://example.org:08080/"), "https://example.org:8080/")
        XCTAssertEqual(parsed("https://example.org:/docs"), "https://example.org/docs/")
        // Dot segments are removed (RFC 3986 §5.2.4), also when percent-encoded.
        XCTAssertEqual(parsed("https://example.org/a/../b/"), "https://example.org/b/")
        XCTAssertEqual(parsed("https://example.org/a/./b/."), "https://example.org/a/b/")
        XCTAssertEqual(parsed("https://example.org/a/%2e%2E/b"), "https://example.org/b/")
        XCTAssertEqual(parsed("https://example.org/../../x"), "https://example.org/x/")
        // Characters a path may not hold are percent-encoded; valid escapes stay as they are.
        XCTAssertEqual(parsed("https://example.org/my docs/"), "https://example.org/my%20docs/")
        XCTAssertEqual(parsed("https://example.org/código/"), "https://example.org/c%C3%B3digo/")
        XCTAssertEqual(parsed("https://example.org/a%20b/"), "https://example.org/a%20b/")
        XCTAssertEqual(parsed("https://example.org/100%/"), "https://example.org/100%25/")
    }

    func testRefusedAddressesSayWhy() {
        let refused = [
            "javascript:alert(1)//": "an absolute http or https URL",
            "ftp://example.org/": "an absolute http or https URL",
            "/docs/": "an absolute http or https URL",
            "example.org": "an absolute http or https URL",
            "https://": "with a host",
            "https:///docs": "with a host",
            "https://exa mple.org/": "with a host",
            "https://example.org:80a/": "with a port from 1 to 65535",
            "http://a..b/": "with a host",
            "https://.example.org/": "with a host",
            "https://[::1]/": "with a host",
            "https://user:secret@example.org/": "without user information",
            "https://example.org/?preview=1": "without a query or fragment",
            "https://example.org/#top": "without a query or fragment",
            "https://example.org:99999/": "with a port from 1 to 65535",
            "https://example.org:0/": "with a port from 1 to 65535",
            "https://example.org:1234567/": "with a port from 1 to 65535",
            "https://example.org/docs ": "without white space around it",
            " https://example.org/": "without white space around it",
            "https://bücher.de/": "host is written in ASCII",
        ]
        for (text, reason) in refused {
            guard case .failure(let problem) = BaseURL.parse(text) else { XCTFail("accepted \(text)"); continue }
            XCTAssertTrue(problem.expected.contains(reason), "\(text): \(problem.expected)")
            XCTAssertTrue(problem.expected.hasSuffix("'\(text)'") || reason == "with a host", "\(text): \(problem.expected)")
        }
    }

    func testAbsoluteURLsArePercentEncodedPerRFC3986() throws {
        let base = try BaseURL.parse("https://codes.example.org/docs").get()
        XCTAssertEqual(base.absolute("en/smtp/250-vs-535.html"), "https://codes.example.org/docs/en/smtp/250-vs-535.html")
        XCTAssertEqual(base.absolute("en/status/X.7.8.html"), "https://codes.example.org/docs/en/status/X.7.8.html")
        XCTAssertEqual(base.absolute("es/familia/ñ 1.html"), "https://codes.example.org/docs/es/familia/%C3%B1%201.html")
        XCTAssertEqual(base.absolute("a\"<b>.html"), "https://codes.example.org/docs/a%22%3Cb%3E.html")
    }
}
