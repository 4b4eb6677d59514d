import ArgumentParser
import Foundation
import VersusKit

/// Flags shared by commands that read a project and write or check its site.
struct SiteOptions: ParsableArguments {
    @OptionGroup var source: SourceOptions
    @Option(help: "The output folder.") var output = "site"

    var buildOptions: BuildOptions { source.buildOptions(output: output) }
}

/// Flags shared by commands that read a project: `serve` reads one and writes nothing.
struct SourceOptions: ParsableArguments {
    @Option(help: "The content folder.") var content = "content"
    @Option(help: "The templates folder (files here replace the built-in templates one by one; default: templates, used when present).")
    var templates: String?
    @Option(name: .customLong("base-url"), help: "Absolute URL the site is published at (overrides site.yml).")
    var baseURL: String?

    /// A base URL that site.yml would refuse is refused here too (exit 64).
    func validate() throws {
        if let baseURL, let problem = SiteBuilder.baseURLProblem(baseURL) { throw ValidationError(problem) }
        // Without the flag, a project with no templates folder uses the built-in ones; a folder named on purpose
        // must exist, or a typo would go unnoticed.
        var isFolder: ObjCBool = false
        if let templates, !FileManager.default.fileExists(atPath: templates, isDirectory: &isFolder) || !isFolder.boolValue {
            throw ValidationError("--templates names no folder: '\(templates)'")
        }
    }

    func buildOptions(output: String) -> BuildOptions {
        BuildOptions(contentDirectory: content, templatesDirectory: templates ?? "templates", outputDirectory: output, baseURL: baseURL)
    }
}

/// How much a command prints.
struct OutputOptions: ParsableArguments {
    @Flag(name: .shortAndLong, help: "Print only problems.") var quiet = false
    @Flag(name: .shortAndLong, help: "Print more detail.") var verbose = false

    /// Asking for less and more at once is a usage error (exit 64).
    func validate() throws {
        if quiet && verbose { throw ValidationError("--quiet and --verbose cannot be used together") }
    }
}
