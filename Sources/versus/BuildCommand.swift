import ArgumentParser
import Foundation
import VersusKit

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "build", abstract: "Render content through templates into the output folder.")

    @OptionGroup var options: SiteOptions

    func run() throws {
        do {
            let report = try SiteBuilder.build(options.buildOptions)
            Console.printDiagnostics(report.diagnostics)
            let seconds = String(format: "%.2f", report.seconds)
            print("Built \(report.pageCount) pages into \(options.output)/ in \(seconds) s (\(report.filesWritten) files written, \(report.filesUnchanged) unchanged)")
        } catch let failure as BuildFailure {
            throw Console.exit(for: failure)
        }
    }
}
