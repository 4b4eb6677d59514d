import ArgumentParser
import Foundation
import VersusKit

/// What commands print: diagnostics on standard error, coloured only on a terminal, followed by a count, and the
/// progress line.
enum Console {
    static func printDiagnostics(_ diagnostics: [Diagnostic]) {
        FileHandle.standardError.write(Data(diagnosticsText(diagnostics, colour: colourOnStandardError).utf8))
    }

    /// The diagnostics, sorted, one per line, then "N errors, N warnings"; nothing when there are none.
    static func diagnosticsText(_ diagnostics: [Diagnostic], colour: Bool) -> String {
        guard !diagnostics.isEmpty else { return "" }
        var output = ""
        for diagnostic in diagnostics.sorted() {
            var line = diagnostic.description
            if colour {
                let label = "\(diagnostic.severity.rawValue):"
                let code = diagnostic.severity == .error ? "\u{1B}[1;31m" : "\u{1B}[1;33m"
                if let range = line.range(of: " \(label) ") { line.replaceSubrange(range, with: " \(code)\(label)\u{1B}[0m ") }
            }
            output += line + "\n"
        }
        return output + summary(diagnostics) + "\n"
    }

    static var colourOnStandardError: Bool {
        isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }

    static func isTerminal(_ descriptor: Int32) -> Bool { isatty(descriptor) == 1 }

    /// One line on the terminal, rewritten in place: pages done / total and pages per second.
    static func progressLine() -> @Sendable (Int, Int) -> Void {
        let start = Date()
        return { done, total in
            let rate = Double(done) / max(Date().timeIntervalSince(start), 0.001)
            let line = String(format: "\r\u{1B}[2KRendering %d/%d pages (%.0f pages/s)", done, total, rate)
            FileHandle.standardOutput.write(Data(line.utf8))
        }
    }

    static func clearLine() { FileHandle.standardOutput.write(Data("\r\u{1B}[2K".utf8)) }

    static func summary(_ diagnostics: [Diagnostic]) -> String {
        func count(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        return "\(count(diagnostics.errorCount, "error")), \(count(diagnostics.warningCount, "warning"))"
    }
}
