import VersusDiagnostics
import VersusModel
import VersusLoad
import VersusPlan
import VersusRender
/// What to build from where; the CLI fills it from its flags.
public struct BuildOptions: Sendable {
    /// The content folder (`site.yml`, `i18n/`, one folder per family), relative to the working folder or absolute.
    public var contentDirectory: String
    /// The project's templates folder; missing means "the built-in templates only".
    public var templatesDirectory: String
    /// Where the site is written; refused when it is `/`, the home folder, or holds the content or templates.
    public var outputDirectory: String
    /// Overrides `base_url` of site.yml when set.
    public var baseURL: String?
    /// URLs per sitemap file (the protocol allows 50,000).
    public var sitemapLimit = SitePlanner.sitemapLimit
    /// Build only this part of the site (see `Shard`); nil builds all of it.
    public var shard: Shard?
    /// How reversed pairs reach their comparison page: redirect pages (the default), a map for nginx or for Netlify
    /// and Cloudflare Pages at the output root, or nothing (see `RedirectMode`).
    public var redirects = RedirectMode.files

    /// The defaults are the folders `versus init` creates: `content`, `templates` and `site`.
    public init(contentDirectory: String = "content", templatesDirectory: String = "templates",
                outputDirectory: String = "site", baseURL: String? = nil) {
        self.contentDirectory = contentDirectory
        self.templatesDirectory = templatesDirectory
        self.outputDirectory = outputDirectory
        self.baseURL = baseURL
    }
}

extension BuildOptions {
    /// The options besides the folders that change what a build writes, for the manifest to compare with the last build.
    var settings: String { "\(baseURL ?? "")|\(sitemapLimit)|\(redirects.rawValue)" }
}

/// What a build did.
public struct BuildReport: Sendable {
    /// Warnings (a build with errors throws instead), sorted.
    public var diagnostics: [Diagnostic]
    /// Pages of the site (HTML pages, search indexes, sitemaps), written or not.
    public var pageCount: Int
    /// Files whose bytes changed and were written (pages and assets).
    public var filesWritten: Int
    /// Files left as they were, because their inputs and bytes did not change.
    public var filesUnchanged: Int
    /// Files of an earlier build that this build no longer produces, removed.
    public var filesRemoved: Int
    /// Wall-clock seconds of the whole build.
    public var seconds: Double
    /// Seconds spent in each stage, in order (printed by `build --verbose`).
    public var stages: [(name: String, seconds: Double)] = []
}
