import Foundation
import VersusDiagnostics
import VersusModel

/// The Load stage: reads and validates `content/` into a `Catalog`, collecting every problem.
package struct CatalogLoader {
    package struct Result {
        package var catalog: Catalog?
        package var diagnostics: [Diagnostic]
    }

    let files: ContentFiles
    let sink = DiagnosticSink()
    let cache: ParsedFileCache?

    /// `cache` keeps parsed entries from one load to the next (see `ParsedFileCache`).
    package init(contentDirectory: String, cache: ParsedFileCache? = nil) {
        files = ContentFiles(root: contentDirectory, sink: sink)
        self.cache = cache
    }

    package static func load(contentDirectory: String, cache: ParsedFileCache? = nil) -> Result {
        CatalogLoader(contentDirectory: contentDirectory, cache: cache).load()
    }

    package func load() -> Result {
        let catalog = loadCatalog()
        cache?.endLoad()
        let diagnostics = sink.diagnostics.sorted()
        return Result(catalog: diagnostics.hasErrors ? nil : catalog, diagnostics: diagnostics)
    }

    private func loadCatalog() -> Catalog? {
        guard files.rootExists() else { return nil }
        guard let siteText = files.read("site.yml"),
              let site = SiteParser(sink: sink).parse(text: siteText, path: files.display("site.yml")) else { return nil }
        let languages = loadLanguages(site)
        guard languages.count == site.languages.count, !languages.isEmpty else { return nil }

        var loaded: [LoadedFamily] = []
        for folder in files.familyFolders() {
            if let family = FamilyLoader(files: files, sink: sink, languages: languages, cache: cache).load(folder: folder) {
                loaded.append(family)
            }
        }
        let families = ExchangeResolver(sink: sink).resolve(loaded)
        if families.isEmpty && !sink.hasErrors {
            sink.error("no families found: add a folder with a _family.yml", path: files.display(""))
        }
        return Catalog(site: site.config, languages: languages, families: families.sorted { $0.id < $1.id })
    }

    private func loadLanguages(_ site: ParsedSite) -> [Language] {
        var languages: [Language] = []
        let loader = LanguageLoader(sink: sink)
        for choice in site.languages {
            let relative = "i18n/\(choice.code).yml"
            guard files.exists(relative) else {
                sink.error("language '\(choice.code)' has no strings file \(files.display(relative))", path: files.display("site.yml"), line: choice.line)
                continue
            }
            guard let text = files.read(relative) else { continue }
            if let language = loader.load(text: text, path: files.display(relative), code: choice.code,
                                          untranslated: choice.untranslated, fallback: languages.first) {
                languages.append(language)
            }
        }
        return languages
    }
}
