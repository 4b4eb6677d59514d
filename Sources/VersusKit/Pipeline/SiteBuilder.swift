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
        try OutputGuard.check(options)
        let (loadedCatalog, loadedTemplates, diagnostics) = check(options)
        guard let catalog = loadedCatalog, let templates = loadedTemplates, !diagnostics.hasErrors else {
            throw BuildFailure.invalidInput(diagnostics)
        }
        let plan = SitePlanner.plan(catalog, sitemapLimit: options.sitemapLimit)
        let entries = RenderedEntries(catalog: catalog, markdown: MarkdownRenderer(allowRawHTML: catalog.site.allowRawHTML))
        let renderer = PageRenderer(context: PageContext(catalog: catalog, plan: plan, entries: entries), templates: templates)
        let writer = SiteWriter(outputDirectory: options.outputDirectory)
        let assets = AssetFiles(directory: (options.templatesDirectory as NSString).appendingPathComponent("assets"))
        let assetPaths = try assets.list()

        try writer.prepareFolders(for: plan.pages.map(\.path) + assetPaths.map { "\(SitePaths.assets)/\($0)" })
        for asset in assetPaths { writer.write(try assets.read(asset), to: "\(SitePaths.assets)/\(asset)") }
        let counter = ProgressCounter(total: plan.pages.count, report: progress)
        DispatchQueue.concurrentPerform(iterations: plan.pages.count) { index in
            let page = plan.pages[index]
            writer.write(renderer.render(page), to: page.path)
            counter.increment()
        }
        if let failure = writer.firstFailure { throw failure }
        return BuildReport(diagnostics: diagnostics, pageCount: plan.pages.count, filesWritten: writer.writtenCount,
                           filesUnchanged: writer.unchangedCount, seconds: Date().timeIntervalSince(start))
    }
}
