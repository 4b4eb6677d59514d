@testable import VersusCheck
import XCTest

/// The URLs inside `srcset` and refresh values, read by HTML's own parsing rules.
final class URLListTests: XCTestCase {
    func testSrcsetCandidates() {
        let cases: [(String, [String])] = [
            ("a.png", ["a.png"]),
            ("a.png 1x, b.png 2x", ["a.png", "b.png"]),
            ("  a.png   480w ,\n\tb.png 800w  ", ["a.png", "b.png"]),
            ("a.png,b.png 2x", ["a.png,b.png"]), // a comma inside a URL belongs to it
            ("a,b.png 1x, c.png 2x", ["a,b.png", "c.png"]),
            ("a.png 1x (unused, descriptor), b.png 2x", ["a.png", "b.png"]),
            ("data:image/png;base64,AAAA 1x, b.png 2x", ["data:image/png;base64,AAAA", "b.png"]),
            (",,, a.png,, ,", ["a.png"]),
            ("", []),
            ("   ", []),
        ]
        for (value, urls) in cases {
            XCTAssertEqual(URLAttributes.candidateURLs(value), urls, value)
        }
    }

    func testRefreshURL() {
        let cases: [(String, String?)] = [
            ("0; url=next.html", "next.html"),
            ("0;URL=next.html", "next.html"),
            ("5 ; Url = 'next.html' ", "next.html"),
            (#"0; url="next.html"ignored"#, "next.html"),
            ("0, next.html", "next.html"),
            ("1.5 next.html", "next.html"),
            (".5; url=next.html", "next.html"),
            ("0; urlnext.html", "next.html"),
            ("0; u2.html", "2.html"),
            ("0; url=", ""),
            ("0", nil),
            ("0;", nil),
            ("", nil),
            ("soon; url=next.html", nil),
            ("0x; url=next.html", nil),
        ]
        for (value, url) in cases {
            XCTAssertEqual(URLAttributes.refreshURL(value), url, value)
        }
    }
}
