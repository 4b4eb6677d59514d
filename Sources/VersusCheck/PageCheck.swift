import VersusDiagnostics

/// One page of a built site, parsed once and its links checked as far as the page alone allows: fragments into
/// other documents wait until every page's anchors are known.
struct PageCheck: Sendable {
    /// A link into another document with a fragment, to look up once that document's anchors are known.
    struct PendingFragment: Sendable {
        var reference: Reference
        var target: String
        var fragment: String
    }

    /// The page's fragment targets.
    var anchors: SortedAnchors
    /// Broken links, and a page that cannot be read.
    var diagnostics: [Diagnostic] = []
    var pendingFragments: [PendingFragment] = []

    /// Reads and parses `page` (relative to the site's root); checks its links unless `checksLinks` is false (then
    /// only its anchors are wanted).
    init(page: String, in site: SiteFiles, checksLinks: Bool) {
        guard let bytes = site.contents(of: page) else {
            anchors = SortedAnchors([])
            diagnostics = [.error("cannot read this page", path: site.displayPath(page))]
            return
        }
        let document = bytes.withUnsafeBytes { HTMLScanner.scan($0) }
        anchors = SortedAnchors(document.anchors)
        guard checksLinks else { return }
        var base = page
        if let href = document.base {
            switch LinkTarget.base(href.url, of: page) {
            case .external: return
            case .broken(let problem): report(href, problem, page: page, in: site); return
            case .file(let document, _): base = document
            }
        }
        for reference in document.references {
            switch LinkTarget.resolve(reference.url, against: base, in: site) {
            case .external, .file(_, nil):
                continue
            case .broken(let problem):
                report(reference, problem, page: page, in: site)
            case .file(let target, let fragment?) where target == page:
                if !LinkTarget.finds(fragment, in: anchors) { report(reference, Self.noAnchor(fragment), page: page, in: site) }
            case .file(let target, let fragment?):
                pendingFragments.append(PendingFragment(reference: reference, target: target, fragment: fragment))
            }
        }
    }

    /// The reason given for a fragment that names nothing in its document.
    static func noAnchor(_ fragment: String) -> String { "no element with id '\(fragment)'" }

    /// The diagnostic for `reference` of `page`: `page:line:column: error: broken link 'url' (attribute): problem`.
    static func brokenLink(_ reference: Reference, _ problem: String, page: String, in site: SiteFiles) -> Diagnostic {
        .error("broken link '\(reference.url)' (\(reference.attribute)): \(problem)", path: site.displayPath(page),
               line: reference.line, column: reference.column)
    }

    private mutating func report(_ reference: Reference, _ problem: String, page: String, in site: SiteFiles) {
        diagnostics.append(Self.brokenLink(reference, problem, page: page, in: site))
    }
}
