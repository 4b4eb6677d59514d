import ArgumentParser
import VersusKit

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check", abstract: "Validate content and templates without writing anything.")

    @OptionGroup var options: SiteOptions

    func run() throws {
        let (catalog, _, diagnostics) = SiteBuilder.check(options.buildOptions)
        Console.printDiagnostics(diagnostics)
        if diagnostics.hasErrors { throw ExitCode(1) }
        if let catalog {
            let entries = catalog.families.reduce(0) { $0 + $1.entries.count }
            print("OK: \(catalog.families.count) families, \(entries) entries, \(catalog.languages.count) languages")
        }
    }
}
