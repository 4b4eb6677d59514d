import Foundation

/// The whole pipeline: Load → Plan → Render → Write. `check` stops after Load.
public enum SiteBuilder {
    /// Refuses output folders that would endanger the project (see `OutputGuard`).
    public static func checkOutput(_ options: BuildOptions) throws { try OutputGuard.check(options) }

    /// Loads and validates content and templates without writing anything.
    public static func check(_ options: BuildOptions) -> (Catalog?, TemplateSet?, [Diagnostic]) {
        let loaded = CatalogLoader.load(contentDirectory: options.contentDirectory)
        let (templates, templateDiagnostics) = TemplateSet.load(directory: options.templatesDirectory)
        var catalog = loaded.catalog
        if let baseURL = options.baseURL { catalog?.site.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/" }
        return (catalog, templates, (loaded.diagnostics + templateDiagnostics).sorted())
    }

    /// Builds the site; throws `BuildFailure` and writes nothing when input is invalid.
    /// `progress` is called now and then with (pages done, pages in all), from any thread.
    public static func build(_ options: BuildOptions, progress: (@Sendable (Int, Int) -> Void)? = nil) throws -> BuildReport {
        let start = Date()
        var stages = StageClock()
        try OutputGuard.check(options)
        // Nothing read changed since a build that reported no problem, and its files are as it left them:
        // there is nothing to do.
        let sourceDigest = SourceSignature.digest(of: options)
        let manifestFile = BuildManifest.file(contentDirectory: options.contentDirectory, outputDirectory: options.outputDirectory)
        if let stored = BuildManifest.storedSource(file: manifestFile), stored.digest == sourceDigest {
            let manifest = BuildManifest(contentDirectory: options.contentDirectory, outputDirectory: options.outputDirectory)
            if manifest.source == stored, manifest.outputUnchanged(in: options.outputDirectory) {
                stages.end("compare with the last build")
                return BuildReport(diagnostics: [], pageCount: stored.pages, filesWritten: 0, filesUnchanged: manifest.records.count,
                                   filesRemoved: 0, seconds: Date().timeIntervalSince(start), stages: stages.stages)
            }
        }
        // The last build's manifest is read while the content loads.
        var loaded: (Catalog?, TemplateSet?, [Diagnostic]) = (nil, nil, [])
        var manifest = BuildManifest(file: manifestFile)
        DispatchQueue.concurrentPerform(iterations: 2) { task in
            if task == 0 {
                loaded = check(options)
            } else {
                manifest = BuildManifest(contentDirectory: options.contentDirectory, outputDirectory: options.outputDirectory)
            }
        }
        let (loadedCatalog, loadedTemplates, diagnostics) = loaded
        stages.end("load")
        guard let catalog = loadedCatalog, let templates = loadedTemplates, !diagnostics.hasErrors else {
            throw BuildFailure.invalidInput(diagnostics)
        }
        let plan = SitePlanner.plan(catalog, sitemapLimit: options.sitemapLimit)
        let assets = try AssetFiles(directory: (options.templatesDirectory as NSString).appendingPathComponent("assets")).load()
        var assetsDigest = StableHash()
        for asset in assets { assetsDigest.add(asset.path); assetsDigest.add(asset.bytes) }
        let fingerprints = PageFingerprints(catalog: catalog, plan: plan, templates: templates, assetsDigest: assetsDigest.value)
        let writer = SiteWriter(outputDirectory: options.outputDirectory)
        stages.end("plan")

        // Only pages whose inputs changed since the last build (or whose file was touched) are rendered.
        var pageFingerprints = [UInt64](repeating: 0, count: plan.pages.count)
        var status = [BuildManifest.Status](repeating: .unknown, count: plan.pages.count)
        pageFingerprints.withUnsafeMutableBufferPointer { prints in
            status.withUnsafeMutableBufferPointer { flags in
                let (prints, flags) = (prints, flags)
                DispatchQueue.concurrentPerform(iterations: plan.pages.count) { index in
                    let page = plan.pages[index]
                    prints[index] = fingerprints.fingerprint(of: page)
                    flags[index] = manifest.status(of: page.path, fingerprint: prints[index], in: options.outputDirectory)
                }
            }
        }
        let stale = plan.pages.indices.filter { status[$0] != .current }
        let everyPageRecorded = !status.contains(.unknown)
        stages.end("compare with the last build")
        let assetPaths = assets.map { "\(SitePaths.assets)/\($0.path)" }
        try writer.prepareFolders(for: stale.map { plan.pages[$0].path } + assetPaths)
        for asset in assets { writer.write(asset.bytes, to: "\(SitePaths.assets)/\(asset.path)") }

        // Markdown is rendered only when some page needs rendering (a no-op rebuild renders nothing).
        let entries = RenderedEntries(families: stale.isEmpty ? [] : catalog.families,
                                      markdown: MarkdownRenderer(allowRawHTML: catalog.site.allowRawHTML))
        stages.end("Markdown")
        let renderer = PageRenderer(context: PageContext(catalog: catalog, plan: plan, entries: entries), templates: templates)
        let counter = ProgressCounter(total: stale.count, report: progress)
        var stamps = [(size: Int64, modified: Int64)?](repeating: nil, count: stale.count)
        stamps.withUnsafeMutableBufferPointer { buffer in
            let output = buffer
            DispatchQueue.concurrentPerform(iterations: stale.count) { index in
                let page = plan.pages[stale[index]]
                output[index] = writer.write(renderer.render(page), to: page.path)
                counter.increment()
            }
        }
        if let failure = writer.firstFailure { throw failure }
        stages.end("render and write")

        let removed = try removeStale(manifest: manifest, plan: plan, everyPageRecorded: everyPageRecorded, assetPaths: assetPaths,
                                      output: options.outputDirectory)
        let source = diagnostics.isEmpty ? BuildManifest.Source(digest: sourceDigest, pages: plan.pages.count) : nil
        if stale.isEmpty && removed == 0 && writer.writtenCount == 0 && manifest.records.count == plan.pages.count + assets.count {
            stages.end("remove stale files")
            if manifest.source != source {
                manifest.source = source
                try save(manifest)
            }
            return BuildReport(diagnostics: diagnostics, pageCount: plan.pages.count, filesWritten: 0,
                               filesUnchanged: plan.pages.count + assets.count, filesRemoved: 0, seconds: Date().timeIntervalSince(start),
                               stages: stages.stages)
        }
        stages.end("remove stale files")
        let previous = manifest.records
        var records: [String: BuildManifest.Record] = [:]
        records.reserveCapacity(plan.pages.count + assets.count)
        if !previous.isEmpty {
            for page in plan.pages { records[page.path] = previous[page.path] }
        }
        for (position, index) in stale.enumerated() {
            if let stamp = stamps[position] {
                records[plan.pages[index].path] = .init(fingerprint: pageFingerprints[index], size: stamp.size, modified: stamp.modified)
            }
        }
        for (position, asset) in assets.enumerated() {
            let path = assetPaths[position]
            if let stamp = BuildManifest.stamp(of: (options.outputDirectory as NSString).appendingPathComponent(path)) {
                records[path] = .init(fingerprint: StableHash.of([path]) ^ StableHash(bytes: asset.bytes).value, size: stamp.size, modified: stamp.modified)
            }
        }
        if records != previous || manifest.source != source {
            manifest.records = records
            manifest.source = source
            try save(manifest)
        }
        stages.end("save the manifest")
        return BuildReport(diagnostics: diagnostics, pageCount: plan.pages.count, filesWritten: writer.writtenCount,
                           filesUnchanged: plan.pages.count + assets.count - writer.writtenCount, filesRemoved: removed,
                           seconds: Date().timeIntervalSince(start), stages: stages.stages)
    }

    private static func save(_ manifest: BuildManifest) throws {
        do { try manifest.save() } catch {
            throw BuildFailure.io(path: DisplayPath.of(manifest.file), message: "cannot save the build manifest: \(SiteWriter.reason(error))")
        }
    }

    /// Deletes files the last build wrote that this build no longer produces; never any other file.
    private static func removeStale(manifest: BuildManifest, plan: SitePlan, everyPageRecorded: Bool, assetPaths: [String],
                                    output: String) throws -> Int {
        // As many records as current files, all of them recorded: nothing can be stale.
        if manifest.records.count == plan.pages.count + assetPaths.count, everyPageRecorded,
           assetPaths.allSatisfy({ manifest.records[$0] != nil }) {
            return 0
        }
        let current = Set(plan.pages.map(\.path)).union(assetPaths)
        var removed = 0
        for path in manifest.records.keys where !current.contains(path) {
            let absolute = (output as NSString).appendingPathComponent(path)
            guard FileManager.default.fileExists(atPath: absolute) else { continue }
            do {
                try FileManager.default.removeItem(atPath: absolute)
                removed += 1
            } catch {
                throw BuildFailure.io(path: DisplayPath.of(absolute), message: "cannot remove a stale page: \(SiteWriter.reason(error))")
            }
        }
        return removed
    }
}

/// Times consecutive stages of a build.
private struct StageClock {
    private(set) var stages: [(name: String, seconds: Double)] = []
    private var last = Date()

    mutating func end(_ name: String) {
        let now = Date()
        stages.append((name, now.timeIntervalSince(last)))
        last = now
    }
}
