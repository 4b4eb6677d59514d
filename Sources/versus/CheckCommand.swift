import ArgumentParser
import VersusKit

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate content and templates without writing anything; with --links, check a built site's links.")

    @OptionGroup var options: SiteOptions
    @Flag(help: "Check every internal link and anchor of the built site in --output instead.")
    var links = false
    @Flag(name: .customLong("all-missing"), help: "List every untranslated entry instead of the first ten.")
    var allMissing = false

    private var missingShown: Int { allMissing ? Int.max : 10 }

    func run() throws {
        if links {
            let problems = try LinkChecker.check(site: options.output)
            if problems.hasErrors { throw BuildFailure.invalidInput(problems) }
            Console.printDiagnostics(problems)
            print("OK: no broken links in \(options.output)/")
            return
        }
        let report = SiteBuilder.validate(options.buildOptions)
        if report.diagnostics.hasErrors { throw BuildFailure.invalidInput(report.diagnostics) }
        Console.printDiagnostics(report.diagnostics)
        guard let summary = report.summary else { return }
        print("OK: \(summary.families) families, \(summary.entries) entries, \(summary.languages) languages")
        for coverage in summary.coverage {
            var line = "\(coverage.language): \(coverage.translated)/\(coverage.total) entries translated"
            if coverage.sectionsTranslated < coverage.translated {
                line += " (\(coverage.sectionsTranslated) with their sections)"
            }
            if !coverage.missing.isEmpty {
                let shown = coverage.missing.prefix(missingShown).joined(separator: ", ")
                let more = coverage.missing.count > missingShown ? " and \(coverage.missing.count - missingShown) more" : ""
                line += "; missing: \(shown)\(more)"
            }
            if coverage.notesTotal > 0 {
                line += "; \(coverage.notesTranslated)/\(coverage.notesTotal) pair notes"
                if !coverage.missingNotes.isEmpty {
                    let shown = coverage.missingNotes.prefix(missingShown).joined(separator: ", ")
                    let more = coverage.missingNotes.count > missingShown ? " and \(coverage.missingNotes.count - missingShown) more" : ""
                    line += " (missing: \(shown)\(more))"
                }
            }
            print(line)
        }
    }
}
