import ArgumentParser
import Foundation
import VersusKit

/// Diagnostics on standard error, coloured only on a terminal, followed by a count.
enum Console {
    static func printDiagnostics(_ diagnostics: [Diagnostic]) {
        guard !diagnostics.isEmpty else { return }
        var output = ""
        for diagnostic in diagnostics.sorted() { output += line(diagnostic) + "\n" }
        output += summary(diagnostics) + "\n"
        FileHandle.standardError.write(Data(output.utf8))
    }

    /// A problem that stops a command before it has anything to count: its one line, without a count.
    static func printProblem(_ diagnostic: Diagnostic) {
        FileHandle.standardError.write(Data((line(diagnostic) + "\n").utf8))
    }

    private static func line(_ diagnostic: Diagnostic) -> String {
        var line = diagnostic.description
        guard isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil else { return line }
        let label = "\(diagnostic.severity.rawValue):"
        let code = diagnostic.severity == .error ? "\u{1B}[1;31m" : "\u{1B}[1;33m"
        if let range = line.range(of: " \(label) ") { line.replaceSubrange(range, with: " \(code)\(label)\u{1B}[0m ") }
        return line
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

    /// Anything that is not a content, usage or I/O problem is a bug of Versus: exit 70.
    static func internalFailure(_ error: Error) -> ExitCode {
        FileHandle.standardError.write(Data("error: internal failure: \(error)\n".utf8))
        return ExitCode(70)
    }

    static func exit(for failure: BuildFailure) -> ExitCode {
        switch failure {
        case .invalidInput(let diagnostics):
            printDiagnostics(diagnostics)
        case .io(let path, let message):
            FileHandle.standardError.write(Data("\(path): error: \(message)\n".utf8))
        case .usage(let message):
            FileHandle.standardError.write(Data("error: \(message)\n".utf8))
        }
        return ExitCode(failure.exitCode)
    }
}
