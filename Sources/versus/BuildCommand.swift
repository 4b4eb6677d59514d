import ArgumentParser
import Foundation
import VersusKit

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "build", abstract: "Render content through templates into the output folder.")

    @OptionGroup var options: SiteOptions
    @OptionGroup var output: OutputOptions
    @Option(help: "Also write the built site as one zip file at this path (outside the output folder).")
    var archive: String?
    @Option(help: ArgumentHelp("Build part K of N (K/N), or 'auto' from the job runner's environment; the parts' output folders copied together are the whole site.",
                               valueName: "K/N|auto"))
    var shard: String?
    @Option(help: ArgumentHelp("How reversed pairs (b-vs-a.html) reach their comparison page: 'files' writes a small redirect page for each (works from file://), 'nginx' and 'netlify' write instead a redirect map at the output root (redirects.nginx.conf, _redirects for Netlify and Cloudflare Pages), 'none' neither (see docs/publishing.md).",
                               valueName: "files|nginx|netlify|none"))
    var redirects = RedirectMode.files.rawValue

    /// A malformed --shard, one with --archive, or an unknown --redirects is a usage error (64).
    func validate() throws {
        if RedirectMode(rawValue: redirects) == nil {
            throw ValidationError("--redirects must be \(RedirectMode.valueList), not '\(redirects)'")
        }
        if shard != nil, archive != nil { throw ValidationError("--archive packs a whole site; build it without --shard") }
        if let shard, case .failure(let error) = Shard.parse(shard, environment: ProcessInfo.processInfo.environment) {
            throw ValidationError("--shard \(error.reason)")
        }
    }

    private var buildOptions: BuildOptions {
        var options = options.buildOptions
        options.shard = shard.flatMap { try? Shard.parse($0, environment: ProcessInfo.processInfo.environment).get() }
        options.redirects = RedirectMode(rawValue: redirects) ?? .files
        return options
    }

    func run() throws {
        if let archive { try SiteArchive.check(archive: archive, outputDirectory: options.output) }
        let progress = Console.isTerminal(STDOUT_FILENO) && !output.quiet ? Console.progressLine() : nil
        let report: BuildReport
        do {
            defer { if progress != nil { Console.clearLine() } }
            report = try SiteBuilder.build(buildOptions, progress: progress)
        }
        Console.printDiagnostics(report.diagnostics)
        if let archive {
            try SiteArchive.write(site: options.output, to: archive)
            if !output.quiet { print("Archived \(options.output)/ as \(archive)") }
        }
        if !output.quiet {
            let seconds = String(format: "%.2f", report.seconds)
            let part = shard == nil ? "" : " (part \(buildOptions.shard.map { "\($0.index) of \($0.count)" } ?? ""))"
            print("Built \(report.pageCount) pages\(part) into \(options.output)/ in \(seconds) s (\(report.filesWritten) files written, \(report.filesUnchanged) unchanged\(report.filesRemoved > 0 ? ", \(report.filesRemoved) removed" : ""))")
        }
        if output.verbose {
            print(String(format: "%.0f pages per second", Double(report.pageCount) / max(report.seconds, 0.001)))
            for stage in report.stages {
                print("  " + stage.name.padding(toLength: 28, withPad: " ", startingAt: 0) + String(format: "%6.2f s", stage.seconds))
            }
        }
    }
}
