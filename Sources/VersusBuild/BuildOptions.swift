import VersusDiagnostics
import VersusModel
import VersusLoad
import VersusPlan
import VersusRender
/// What to build from where; the CLI fills it from its flags.
public struct BuildOptions: Sendable {
    public var contentDirectory: String
    public var templatesDirectory: String
    public var outputDirectory: String
    /// Overrides `base_url` of site.yml when set.
    public var baseURL: String?
    /// URLs per sitemap file (the protocol allows 50,000).
    public var sitemapLimit = SitePlanner.sitemapLimit

    public init(contentDirectory: String = "content", templatesDirectory: String = "templates",
                outputDirectory: String = "site", baseURL: String? = nil) {
        self.contentDirectory = contentDirectory
        self.templatesDirectory = templatesDirectory
        self.outputDirectory = outputDirectory
        self.baseURL = baseURL
    }
}

/// What a build did.
public struct BuildReport: Sendable {
    public var diagnostics: [Diagnostic]
    public var pageCount: Int
    public var filesWritten: Int
    public var filesUnchanged: Int
    /// Files of an earlier build that this build no longer produces, removed.
    public var filesRemoved: Int
    public var seconds: Double
    /// Seconds spent in each stage, in order (printed by `build --verbose`).
    public var stages: [(name: String, seconds: Double)] = []
}
