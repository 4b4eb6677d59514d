import Foundation
import VersusDiagnostics
import VersusFiles
import VersusModel
import VersusLoad
import VersusMarkdown
import VersusMustache
import VersusPlan
import VersusRender
import VersusIncremental
import VersusWrite

/// The whole pipeline: Load → Plan → Render → Write. `check` stops after Load.
public enum SiteBuilder {
    /// Refuses output folders that would endanger the project (see `OutputGuard`): throws `BuildFailure.usage`.
    public static func checkOutput(_ options: BuildOptions) throws { try OutputGuard.check(options) }

    /// Why `text` cannot be the site's base URL ("--base-url must be an absolute http or https URL, not '…'"), or nil
    /// when it can: the same rule as `base_url` in site.yml (see `BaseURL`).
    public static func baseURLProblem(_ text: String) -> String? {
        if case .failure(let problem) = BaseURL.parse(text) { return "--base-url must be \(problem.expected)" }
        return nil
    }

    /// Loads and validates content and templates without writing anything: the diagnostics, and when the content
    /// loaded, its size and each translation's coverage.
    public static func validate(_ options: BuildOptions) -> ContentReport {
        let (catalog, _, loaded) = check(options)
        guard let catalog else { return ContentReport(diagnostics: loaded, summary: nil) }
        let assets = (try? AssetFiles(directory: (options.templatesDirectory as NSString).appendingPathComponent("assets")).list()) ?? []
        let plan = SitePlanner.plan(catalog, sitemapLimit: options.sitemapLimit, redirects: options.redirects)
        let diagnostics = (loaded + OutputNamespace.collisions(in: plan, catalog: catalog,
                                                              assetPaths: assets.map { "\(SitePaths.assets)/\($0)" })).sorted()
        let summary = ContentReport.Summary(families: catalog.families.count,
                                            entries: catalog.families.reduce(0) { $0 + $1.entries.count },
                                            languages: catalog.languages.count, coverage: TranslationCoverage.compute(catalog))
        return ContentReport(diagnostics: diagnostics, summary: summary)
    }

    /// Loads and validates content and templates without writing anything.
    /// `cache` keeps parsed entries from one load to the next (see `ParsedFileCache`).
    package static func check(_ options: BuildOptions, cache: ParsedFileCache? = nil) -> (Catalog?, TemplateSet?, [Diagnostic]) {
        let loaded = CatalogLoader.load(contentDirectory: options.contentDirectory, cache: cache)
        let (templates, templateDiagnostics) = TemplateLoader.load(directory: options.templatesDirectory)
        var catalog = loaded.catalog
        if let text = options.baseURL, case .success(let baseURL) = BaseURL.parse(text) { catalog?.site.baseURL = baseURL }
        return (catalog, templates, (loaded.diagnostics + templateDiagnostics).sorted())
    }

    /// Builds the site; throws `BuildFailure` and writes nothing when input is invalid.
    /// `progress` is called now and then with (pages done, pages in all), from any thread.
    public static func build(_ options: BuildOptions, progress: (@Sendable (Int, Int) -> Void)? = nil) throws -> BuildReport {
        var clock = StageClock()
        try OutputGuard.check(options)
        let manifestFile = BuildManifest.file(contentDirectory: options.contentDirectory, outputDirectory: options.outputDirectory,
                                              part: options.shard?.label)
        let sourceDigest = SourceSignature.digest(folders: [options.contentDirectory, options.templatesDirectory],
                                                   settings: "\(options.settings)|\(options.shard?.label ?? "")")
        // Present from a build's first write until its manifest is saved: found now, the last build was cut short,
        // and its manifest may pair records of files it wrote with the header of the build before it.
        let unfinished = BuildManifest.unfinishedMarker(of: manifestFile)
        let lastBuildCutShort = FileManager.default.fileExists(atPath: unfinished)
        if !lastBuildCutShort,
           let unchanged = BuildManifest.unchangedBuild(file: manifestFile, digest: sourceDigest.value, output: options.outputDirectory) {
            clock.end("compare with the last build")
            return clock.report(diagnostics: [], pages: unchanged.pages, written: 0, unchanged: unchanged.files, removed: 0)
        }

        // The last build's manifest is read while the content loads.
        var (loaded, manifest) = Parallel.alongside({ check(options) }, background: { BuildManifest(file: manifestFile) })
        guard let catalog = loaded.0, let templates = loaded.1, !loaded.2.hasErrors else { throw BuildFailure.invalidInput(loaded.2) }
        let diagnostics = loaded.2
        let allAssets = try AssetFiles(directory: (options.templatesDirectory as NSString).appendingPathComponent("assets")).load()
        // A part of the site writes its own pages, and part 1 the site-wide files too.
        let assets = options.shard?.writesSiteWideFiles == false ? [] : allAssets
        clock.end("load")

        let plan = SitePlanner.plan(catalog, sitemapLimit: options.sitemapLimit, redirects: options.redirects)
        let assetPaths = assets.map { "\(SitePaths.assets)/\($0.path)" }
        let collisions = OutputNamespace.collisions(in: plan, catalog: catalog, assetPaths: allAssets.map { "\(SitePaths.assets)/\($0.path)" })
        let pages = PageList(plan, shard: options.shard)
        if !collisions.isEmpty { throw BuildFailure.invalidInput((diagnostics + collisions).sorted()) }
        clock.end("plan")

        let renderers = SiteRenderers(catalog: catalog, plan: plan, templates: templates)
        clock.end("Markdown")

        let keys = BuildManifest.keys(of: pages, assetPaths: assetPaths)
        manifest.match(keys)
        let holding = pages.folders.union(assetPaths.compactMap { path in path.lastIndex(of: "/").map { String(path[..<$0]) } })
        // A file of the last build where this one needs a folder (an asset that became a folder of assets) goes first.
        let folders = Self.withParents(holding)
        _ = try StaleFiles.remove(folders.filter { manifest.record(for: $0) != nil }.sorted(), in: options.outputDirectory)
        let writer = SiteWriter(outputDirectory: options.outputDirectory)
        // A build cut short, or one of a version before the marker, can have left temporary files.
        let lastBuildFinished = !manifest.isEmpty && !lastBuildCutShort && manifest.isWrittenAtFixedWidth
        do {
            // Files a build cut short may have created and never recorded stay listed until a build finishes.
            try manifest.markUnfinished(unfinished, pages: pages, keys: keys, assetPaths: assetPaths, carrying: lastBuildCutShort)
        } catch {
            throw BuildFailure.io(path: DisplayPath.of(unfinished), message: "cannot mark the build as begun: \(SystemError.reason(error))")
        }
        try writer.prepare(folders: holding, sweeping: !lastBuildFinished)
        let assetStamps = zip(assets, assetPaths).map { writer.write($0.bytes, to: $1) }
        clock.end("folders and assets")
        let lenders = catalog.families.reduce(into: [String: String]()) { $0[$1.id] = $1.exchange?.lender }
        let digests = ContentDigests(contentDirectory: options.contentDirectory, familyIDs: catalog.families.map(\.id),
                                     templates: templates, settings: options.settings)
        let scopes = SourceScopes(digests, familyIDs: catalog.families.map(\.id), lenders: lenders)
        let inputs = PageInputs(digests, codes: Dictionary(uniqueKeysWithValues: catalog.families.map { ($0.id, $0.entries.map(\.code)) }),
                                translations: catalog.languages.dropFirst().map(\.code), lenders: lenders)
        clock.end("digest the content")
        let counter = ProgressCounter(total: pages.count, report: progress)
        let changes = manifest.rebuild(pages, site: renderers.site, renderers: renderers.byFamily, unchangedFamilies: lastBuildCutShort ? [] : scopes.unchanged(since: manifest.scopes),
                                       inputs: inputs, output: options.outputDirectory, write: { writer.write($1, to: $0.path) },
                                       progress: { counter.increment(by: $0) })
        if let failure = writer.firstFailure { throw failure }
        clock.end("render and write")

        let leftBehind = lastBuildCutShort ? BuildManifest.leftUnmade(byMarker: unfinished, pages: pages, assetPaths: assetPaths) : []
        let stale = Set(manifest.noLongerBuilt(pages, everyPageRecorded: changes.everyPageRecorded, assetPaths: assetPaths)).union(leftBehind)
        let removed = try StaleFiles.remove(stale.sorted(), in: options.outputDirectory)
        clock.end("remove stale files")

        let source = diagnostics.isEmpty && sourceDigest.trusted ? BuildManifest.Source(digest: sourceDigest.value, pages: pages.count) : nil
        let recorded = zip(assets, zip(assetPaths, assetStamps)).map { (path: $1.0, bytes: $0.bytes, stamp: $1.1) }
        try manifest.save(after: pages, changes: changes, scopes: scopes, assets: recorded, source: source)
        try? FileManager.default.removeItem(atPath: unfinished)
        clock.end("save the manifest")
        return clock.report(diagnostics: diagnostics, pages: pages.count, written: writer.writtenCount,
                            unchanged: pages.count + assetPaths.count - writer.writtenCount, removed: removed)
    }
}

extension SiteBuilder {
    /// `folders` (relative) with the folders around them.
    static func withParents(_ folders: Set<String>) -> Set<String> {
        var result: Set<String> = []
        for start in folders {
            var folder = start
            while !folder.isEmpty, result.insert(folder).inserted {
                folder = (folder as NSString).deletingLastPathComponent
            }
        }
        return result
    }
}

/// Times consecutive stages of a build.
private struct StageClock {
    private(set) var stages: [(name: String, seconds: Double)] = []
    private let start = Date()
    private var last = Date()

    func report(diagnostics: [Diagnostic], pages: Int, written: Int, unchanged: Int, removed: Int) -> BuildReport {
        BuildReport(diagnostics: diagnostics, pageCount: pages, filesWritten: written, filesUnchanged: unchanged,
                    filesRemoved: removed, seconds: Date().timeIntervalSince(start), stages: stages)
    }

    mutating func end(_ name: String) {
        let now = Date()
        stages.append((name, now.timeIntervalSince(last)))
        last = now
    }
}
