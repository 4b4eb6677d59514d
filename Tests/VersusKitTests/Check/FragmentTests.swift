import Foundation
import XCTest

/// Fragments name an `id` or an `<a name>` of their document, found as HTML finds them.
final class FragmentTests: XCTestCase {
    func testFragmentsInThePageItself() throws {
        let site = try LinkCheckSite(self, ["index.html": """
            <!doctype html>
            <h2 id="fix">How to fix</h2><a name="legacy"></a><div name="not-an-anchor"></div>
            <a href="#fix">id</a> <a href="#legacy">a name</a> <a href="#">empty</a> <a href="#top">top</a> <a href="#TOP">TOP</a>
            <a href="index.html#fix">itself by name</a> <a href="?q=1#fix">itself with a query</a>
            <a href="#not-an-anchor">name of a div</a>
            <a href="#Fix">case matters</a>

            """])
        XCTAssertEqual(site.check(), [
            "site/index.html:5:4: error: broken link '#not-an-anchor' (href): no element with id 'not-an-anchor'",
            "site/index.html:6:4: error: broken link '#Fix' (href): no element with id 'Fix'",
        ])
    }

    func testFragmentsIntoOtherPages() throws {
        let site = try LinkCheckSite(self, [
            "en/a.html": """
                <!doctype html>
                <a href="b.html#description">ok</a> <a href="../es/c.html#uso">ok</a> <a href="b.html#nope">missing</a>
                <a href="../es/c.html#description">only in the other page</a>

                """,
            "en/b.html": #"<!doctype html><section id="description"></section>"#,
            "es/c.html": #"<!doctype html><a name="uso"></a>"#,
        ])
        XCTAssertEqual(site.check(), [
            "site/en/a.html:2:74: error: broken link 'b.html#nope' (href): no element with id 'nope'",
            "site/en/a.html:3:4: error: broken link '../es/c.html#description' (href): no element with id 'description'",
        ])
    }

    /// Paths and fragments may be percent-encoded; a fragment is tried as written, then decoded.
    func testPercentEncodedPathsAndFragments() throws {
        let site = try LinkCheckSite(self, [
            "index.html": """
                <!doctype html>
                <p id="100%"></p><p id="r&#233;sum&#233;"></p>
                <a href="#100%">raw percent</a> <a href="#r%C3%A9sum%C3%A9">encoded</a> <a href="#résumé">as is</a>
                <a href="caf%C3%A9.html#%C3%A9t%C3%A9">encoded both</a> <a href="caf%C3%A9.html#hiver">missing</a>

                """,
            "café.html": #"<!doctype html><p id="été"></p>"#,
        ])
        XCTAssertEqual(site.check(), [
            "site/index.html:4:60: error: broken link 'caf%C3%A9.html#hiver' (href): no element with id 'hiver'",
        ])
    }

    /// Fragments are element ids in HTML and SVG; elsewhere (`#page=2`, `#t=10`) they are not checked.
    func testFragmentsIntoOtherKindsOfFiles() throws {
        let site = try LinkCheckSite(self, [
            "index.html": """
                <!doctype html>
                <svg><use href="icons.svg#arrow"/></svg> <img src="icons.svg#nope" alt="">
                <a href="guide.pdf#page=2">pdf</a> <video src="clip.webm#t=10"></video> <a href="old.htm#here">htm</a>

                """,
            "icons.svg": """
                <?xml version="1.0" encoding="UTF-8"?>
                <svg xmlns="http://www.w3.org/2000/svg"><symbol id="arrow" viewBox="0 0 1 1"><path d="M0 0"/></symbol></svg>
                """,
            "guide.pdf": "%PDF-1.4\n", "clip.webm": "", "old.htm": #"<p id="here">"#,
        ])
        XCTAssertEqual(site.check(), ["site/index.html:2:47: error: broken link 'icons.svg#nope' (src): no element with id 'nope'"])
    }

    /// The 404 page links to the server's root on purpose: its links are not checked, its anchors are.
    func testTheNotFoundPageIsReadForItsAnchorsOnly() throws {
        let site = try LinkCheckSite(self, [
            "404.html": #"<!doctype html><main id="main"><a href="/">home</a><link rel="stylesheet" href="/assets/style.css"></main>"#,
            "index.html": #"<!doctype html><a href="404.html#main">ok</a><a href="404.html#nope">missing</a>"#,
        ])
        XCTAssertEqual(site.check(), ["site/index.html:1:49: error: broken link '404.html#nope' (href): no element with id 'nope'"])
    }

    /// What is not a link in the parsed document is not checked, which a pattern over the text could not tell:
    /// comments, script and style text, inert `<template>` contents, text that looks like markup.
    func testOnlyLinksOfTheDocumentAreChecked() throws {
        let site = try LinkCheckSite(self, ["index.html": """
            <!doctype html>
            <!-- <a href="missing-in-comment.html">old</a> -->
            <script>document.write('<a href="missing-in-script.html">x</a>'); var s = " src=\\"missing.js\\"";</script>
            <style>/* <img src="missing-in-style.png"> */</style>
            <template><a href="missing-in-template.html" id="inside">later</a></template>
            <textarea><a href="missing-in-textarea.html"></a></textarea>
            <p>Write href="missing-in-text.html" in the tag; &lt;a href="missing-escaped.html"&gt;.</p>
            <a href="#inside">into the template</a>
            <noscript><a href="missing-in-noscript.html">no script</a></noscript>

            """])
        XCTAssertEqual(site.check(), [
            "site/index.html:8:4: error: broken link '#inside' (href): no element with id 'inside'",
            "site/index.html:9:14: error: broken link 'missing-in-noscript.html' (href): no such file",
        ])
    }

    /// `<base href>` changes what relative links resolve against, fragment-only ones included, as in a browser.
    func testBaseIsHonoured() throws {
        let site = try LinkCheckSite(self, [
            "en/index.html": """
                <!doctype html>
                <head><base href="../docs/"><base href="ignored/"></head>
                <a href="page.html#part">resolved in docs/</a> <a href="index.html">not en/index.html</a>
                <a href="#part">the base folder, not this page</a>

                """,
            "docs/page.html": #"<!doctype html><p id="part">"#,
        ])
        XCTAssertEqual(site.check(), [
            "site/en/index.html:3:51: error: broken link 'index.html' (href): no such file",
            "site/en/index.html:4:4: error: broken link '#part' (href): names a folder, not a file",
        ])
    }

    func testABaseThatLeavesTheSiteTakesThePageLinksWithIt() throws {
        let site = try LinkCheckSite(self, [
            "a.html": #"<!doctype html><base href="https://example.org/docs/"><a href="missing.html">elsewhere</a>"#,
            "b.html": #"<!doctype html><base href="/docs/"><a href="missing.html">not checked</a>"#,
            "c.html": #"<!doctype html><base href="../../"><a href="missing.html">not checked</a>"#,
            "d.html": ##"<!doctype html><base href="d.html"><a href="#x">this page</a><p id="x">"##,
        ])
        XCTAssertEqual(site.check(), [
            "site/b.html:1:22: error: broken link '/docs/' (href): absolute path; links must be relative",
            "site/c.html:1:22: error: broken link '../../' (href): leads outside the site",
        ])
    }
}
