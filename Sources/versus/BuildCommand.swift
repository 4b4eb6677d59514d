import ArgumentParser
import Foundation
import VersusKit

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "build", abstract: "Render content through templates into the output folder.")

    @OptionGroup var options: SiteOptions
    @Option(help: "Also write the built site as one zip file at this path (outside the output folder).")
    var archive: String?

    func run() throws {
        do {
            if let archive { try SiteArchive.check(archive: archive, outputDirectory: options.output) }
            let report = try SiteBuilder.build(options.buildOptions)
            Console.printDiagnostics(report.diagnostics)
            let seconds = String(format: "%.2f", report.seconds)
            if let archive {
                try SiteArchive.write(site: options.output, to: archive)
                print("Archived \(options.output)/ as \(archive)")
            }
            print("Built \(report.pageCount) pages into \(options.output)/ in \(seconds) s (\(report.filesWritten) files written, \(report.filesUnchanged) unchanged)")
        } catch let failure as BuildFailure {
            throw Console.exit(for: failure)
        }
    }
}
