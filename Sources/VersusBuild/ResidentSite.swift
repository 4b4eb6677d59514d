import Foundation
import Synchronization
import VersusDiagnostics
import VersusModel
import VersusLoad
import VersusPlan
import VersusRender

/// A site held in memory for `versus serve`: catalog, templates, assets, plan and renderers. `reload` applies the
/// sources as they are now (an entry whose text did not change is not parsed again, see `ParsedFileCache`), and
/// each page is rendered when it is asked for, by the renderer a build uses, so it has the bytes a build would
/// write. Nothing is written to disk.
package final class ResidentSite: Sendable {
    private final class Snapshot: Sendable {
        let plan: SitePlan
        let renderers: SiteRenderers
        let assets: [String: [UInt8]]
        /// Site-wide pages (search indexes, sitemaps, home pages) once rendered: they are the largest to render, and
        /// the same for every request.
        let siteWide = Mutex<[String: [UInt8]]>([:])

        init(plan: SitePlan, renderers: SiteRenderers, assets: [String: [UInt8]]) {
            self.plan = plan
            self.renderers = renderers
            self.assets = assets
        }
    }

    private let options: BuildOptions
    private let cache = ParsedFileCache()
    private let markdown = MarkdownCache()
    private let current = Mutex<Snapshot?>(nil)

    package init(options: BuildOptions) { self.options = options }

    /// Loads the sources again and, when they have no error, serves them from now on: returns the warnings, with
    /// the time the reload took in seconds. Throws `BuildFailure.invalidInput` with the diagnostics when there are
    /// errors, keeping the last good site, and `BuildFailure.io` when an asset cannot be read.
    package func reload() throws -> (diagnostics: [Diagnostic], seconds: Double) {
        let start = Date()
        let (catalog, templates, diagnostics) = SiteBuilder.check(options, cache: cache)
        guard let catalog, let templates, !diagnostics.hasErrors else { throw BuildFailure.invalidInput(diagnostics) }
        let assets = try AssetFiles(directory: (options.templatesDirectory as NSString).appendingPathComponent("assets")).load()
        let assetPaths = assets.map { "\(SitePaths.assets)/\($0.path)" }
        let plan = SitePlanner.plan(catalog, sitemapLimit: options.sitemapLimit, redirects: options.redirects)
        let collisions = OutputNamespace.collisions(in: plan, catalog: catalog, assetPaths: assetPaths)
        if !collisions.isEmpty { throw BuildFailure.invalidInput((diagnostics + collisions).sorted()) }
        let snapshot = Snapshot(plan: plan,
                                renderers: SiteRenderers(catalog: catalog, plan: plan, templates: templates, markdown: markdown),
                                assets: Dictionary(zip(assetPaths, assets.map(\.bytes)), uniquingKeysWith: { first, _ in first }))
        markdown.endPass()
        current.withLock { $0 = snapshot }
        return (diagnostics, Date().timeIntervalSince(start))
    }

    /// The bytes of the file at `path` (relative to the site's root, as in a built output folder), or nil when the
    /// site has no such file, or nothing loaded yet.
    package func file(at path: String) -> [UInt8]? {
        guard let snapshot = current.withLock({ $0 }) else { return nil }
        if let asset = snapshot.assets[path] { return asset }
        guard let page = snapshot.plan.page(at: path) else { return nil }
        guard page.kind.family == nil else { return snapshot.renderers.renderer(for: page).render(page) }
        if let rendered = snapshot.siteWide.withLock({ $0[path] }) { return rendered }
        let rendered = snapshot.renderers.site.render(page)
        snapshot.siteWide.withLock { $0[path] = rendered }
        return rendered
    }

    /// True when `path` names a file of the site.
    package func hasFile(at path: String) -> Bool {
        guard let snapshot = current.withLock({ $0 }) else { return false }
        return snapshot.assets[path] != nil || snapshot.plan.page(at: path) != nil
    }
}
