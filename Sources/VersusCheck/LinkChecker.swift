import Foundation
import VersusDiagnostics
import VersusFiles
import VersusPlan

/// `versus check --links`: every internal link and anchor of a built site, checked offline.
///
/// Each page is parsed once, as a browser parses it (gumbo, HTML5), on all cores. Checked: `href` and `src` on any
/// element, each URL of `srcset` (and `imagesrcset` of `<link>`), `poster` of `<video>`, `data` of `<object>`,
/// `action` of `<form>`, `formaction`, `cite`, `longdesc`, `manifest`, `background`, and the URL of
/// `<meta http-equiv="refresh">`; relative to the page, or to its `<base href>` when it has one. Fragment targets
/// are `id`s and `<a name>`s. Links inside comments, script text and `<template>` are not links. The 404 page, which
/// a server shows at any depth and which therefore links to the server's root, is read for its anchors only.
public enum LinkChecker {
    /// The folder given holds no built site: it does not exist, is a file, or holds no `.html` file.
    public struct NoSite: Error, Sendable {
        /// One error naming the folder, e.g. `sitee: error: no site here: the folder does not exist (...)`.
        public let diagnostic: Diagnostic
    }

    /// Every broken link and anchor of the site in the folder `site`, sorted: `page:line:column: error: broken
    /// link 'url' (attribute): reason`, the position being the attribute's. Throws `NoSite` when `site` holds no site.
    public static func check(site: String) throws(NoSite) -> [Diagnostic] {
        let files = try SiteFiles.list(site)
        let pages = files.pages
        let checks = Parallel.map(pages.count) { index in
            PageCheck(page: pages[index], in: files, checksLinks: pages[index] != SitePaths.notFound)
        }
        var diagnostics = checks.flatMap(\.diagnostics)
        let pageIndex = Dictionary(uniqueKeysWithValues: pages.enumerated().map { ($1, $0) })
        var otherDocuments: [String: SortedAnchors?] = [:]
        for (page, check) in zip(pages, checks) {
            for pending in check.pendingFragments {
                let anchors: SortedAnchors?
                if let index = pageIndex[pending.target] {
                    anchors = checks[index].anchors
                } else if let known = otherDocuments[pending.target] {
                    anchors = known
                } else {
                    anchors = otherAnchors(pending.target, in: files)
                    otherDocuments[pending.target] = anchors
                }
                if let anchors, !LinkTarget.finds(pending.fragment, in: anchors) {
                    diagnostics.append(PageCheck.brokenLink(pending.reference, PageCheck.noAnchor(pending.fragment),
                                                            page: page, in: files))
                }
            }
        }
        return diagnostics.sorted()
    }

    /// The anchors of a file that is not one of the site's `.html` pages: an SVG image (`icons.svg#arrow`) or an HTML
    /// page named otherwise; nil for other files, whose fragments (`#page=2`, `#t=10`) are not element ids.
    private static func otherAnchors(_ path: String, in site: SiteFiles) -> SortedAnchors? {
        let lowercased = path.lowercased()
        guard [".svg", ".htm", ".html", ".xhtml"].contains(where: { lowercased.hasSuffix($0) }),
              let bytes = site.contents(of: path) else { return nil }
        return SortedAnchors(bytes.withUnsafeBytes { HTMLScanner.scan($0) }.anchors)
    }
}
