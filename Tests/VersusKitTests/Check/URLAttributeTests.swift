import Foundation
import XCTest

/// Every URL-bearing attribute is checked: a page per case, on its line 2, once with a target that does not exist
/// (`missing.x`, reported at the attribute) and once with one that does (`ok.png`, nothing reported).
final class URLAttributeTests: XCTestCase {
    /// The markup with `TARGET` where the URL goes, and the attribute that holds it.
    private let cases: [(markup: String, attribute: String)] = [
        (#"<a href="TARGET">a</a>"#, "href"),
        (#"<map name="m"><area href="TARGET" alt="area"></map>"#, "href"),
        (#"<link rel="stylesheet" href="TARGET">"#, "href"),
        (#"<img src="TARGET" alt="">"#, "src"),
        (#"<script src="TARGET"></script>"#, "src"),
        (#"<iframe src="TARGET"></iframe>"#, "src"),
        (#"<video><source src="TARGET" type="video/mp4"></video>"#, "src"),
        (#"<audio src="TARGET"></audio>"#, "src"),
        (#"<video src="TARGET"></video>"#, "src"),
        (#"<video><track src="TARGET" kind="captions"></video>"#, "src"),
        (#"<embed src="TARGET">"#, "src"),
        (#"<input type="image" src="TARGET" alt="go">"#, "src"),
        (#"<img src="ok.png" srcset="TARGET 2x" alt="">"#, "srcset"),
        (#"<img src="ok.png" srcset="ok.png 1x, TARGET 2x" alt="">"#, "srcset"),
        (#"<picture><source srcset="TARGET 480w, ok.png 800w" sizes="50vw"><img src="ok.png" alt=""></picture>"#, "srcset"),
        (#"<link rel="preload" as="image" imagesrcset="TARGET 1x">"#, "imagesrcset"),
        (#"<video poster="TARGET"></video>"#, "poster"),
        (#"<object data="TARGET"></object>"#, "data"),
        (#"<form action="TARGET"></form>"#, "action"),
        (#"<form><button formaction="TARGET">go</button></form>"#, "formaction"),
        (#"<form><input type="submit" formaction="TARGET"></form>"#, "formaction"),
        (#"<blockquote cite="TARGET">q</blockquote>"#, "cite"),
        (#"<q cite="TARGET">q</q>"#, "cite"),
        (#"<del cite="TARGET">d</del><ins cite="ok.png">i</ins>"#, "cite"),
        (#"<img src="ok.png" longdesc="TARGET" alt="">"#, "longdesc"),
        (#"<html manifest="TARGET"><body></body></html>"#, "manifest"),
        (#"<body background="TARGET"></body>"#, "background"),
        (#"<table background="TARGET"><tr><td>t</td></tr></table>"#, "background"),
        (#"<meta http-equiv="refresh" content="0; url=TARGET">"#, "content"),
        (#"<meta http-equiv="Refresh" content="3;URL='TARGET'">"#, "content"),
        (#"<svg><use href="TARGET"/></svg>"#, "href"),
        (#"<svg><image xlink:href="TARGET"/></svg>"#, "xlink:href"),
    ]

    func testABrokenTargetInEachURLAttributeIsReportedAtTheAttribute() throws {
        for (markup, attribute) in cases {
            let html = markup.replacingOccurrences(of: "TARGET", with: "missing.x")
            let site = try LinkCheckSite(self, ["index.html": "<!doctype html>\n" + html + "\n", "ok.png": ""])
            let column = try XCTUnwrap(html.range(of: " \(attribute)="), markup).lowerBound.utf16Offset(in: html) + 2
            XCTAssertEqual(site.check(), ["site/index.html:2:\(column): error: broken link 'missing.x' (\(attribute)): no such file"],
                           markup)
        }
    }

    func testAnExistingTargetInEachURLAttributeIsNotReported() throws {
        for (markup, _) in cases {
            let html = markup.replacingOccurrences(of: "TARGET", with: "ok.png")
            let site = try LinkCheckSite(self, ["index.html": "<!doctype html>\n" + html + "\n", "ok.png": ""])
            XCTAssertEqual(site.check(), [], markup)
        }
    }

    /// Where HTML gives an attribute no URL, its value is text, whatever it looks like.
    func testAttributesThatHoldNoURLAreNotRead() throws {
        let site = try LinkCheckSite(self, ["index.html": """
            <!doctype html>
            <meta name="description" content="missing.html">
            <meta http-equiv="content-type" content="text/html; url=missing.html">
            <meta http-equiv="refresh" content="5">
            <div data="missing.html" cite="missing.html" action="missing.html" poster="missing.html"></div>
            <a ping="missing.html" title="missing.html" data-href="missing.html" hreflang="en">no href</a>
            <img alt="src=missing.html" src="ok.png" srcset="">

            """, "ok.png": ""])
        XCTAssertEqual(site.check(), [])
    }

    /// Links must be relative and name files, so the site opens from `file://` and from any static server.
    func testWhatMakesALocalLinkBroken() throws {
        let site = try LinkCheckSite(self, ["en/index.html": """
            <!doctype html>
            <a href="/en/index.html">root-absolute</a>
            <a href="sub/">a folder</a>
            <a href="sub">a folder without its slash</a>
            <a href="../../outside.html">outside</a>
            <a href="">empty</a>
            <a href="missing.html?q=1#top">missing, with a query</a>

            """, "en/sub/index.html": "<!doctype html>\n"])
        XCTAssertEqual(site.check(), [
            "site/en/index.html:2:4: error: broken link '/en/index.html' (href): absolute path; links must be relative",
            "site/en/index.html:3:4: error: broken link 'sub/' (href): names a folder, not a file",
            "site/en/index.html:4:4: error: broken link 'sub' (href): names a folder, not a file",
            "site/en/index.html:5:4: error: broken link '../../outside.html' (href): leads outside the site",
            "site/en/index.html:6:4: error: broken link '' (href): empty link",
            "site/en/index.html:7:4: error: broken link 'missing.html?q=1#top' (href): no such file",
        ])
    }

    func testLinksThatLeaveTheSiteAreNotFollowedAndRelativeOnesAreResolved() throws {
        let site = try LinkCheckSite(self, [
            "en/smtp/250.html": """
                <!doctype html>
                <a href="https://example.org/missing.html">https</a> <a href="HTTP://example.org/">http</a>
                <a href="mailto:postmaster@example.org">mail</a> <a href="//cdn.example.org/x.js">protocol-relative</a>
                <img src="data:image/png;base64,AAAA" alt=""> <a href="tel:+1555">tel</a>
                <a href="../index.html">up</a> <a href="./535.html?x=1&amp;y=2">query</a> <a href=" 535.html ">spaces</a>
                <a href="../../en/smtp/../smtp/535.html">round trip</a> <a href="caf%C3%A9.html">encoded</a>
                <a href="a%20b.html">space</a> <a href="caf&#233;.html">character reference</a>

                """,
            "en/smtp/535.html": "<!doctype html>\n", "en/index.html": "<!doctype html>\n",
            "en/smtp/café.html": "<!doctype html>\n", "en/smtp/a b.html": "<!doctype html>\n",
        ])
        XCTAssertEqual(site.check(), [])
    }
}
