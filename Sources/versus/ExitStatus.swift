import ArgumentParser
import Foundation
import VersusKit

/// The one way a run of `versus` ends. Every command runs through `run`, and whatever it throws goes through
/// `outcome(for:)`: a message and the documented exit code (README, "The `versus` command"). Commands print their
/// results and warnings, never their errors, and never choose an exit code.
enum ExitStatus {
    /// Exit codes: 0 success (warnings allowed), 1 content or template errors and broken links, 64 usage,
    /// 70 internal failure, 74 input/output.
    static let success: Int32 = 0
    static let internalFailure: Int32 = 70

    /// What ends a run: the code, and what to print on standard output and standard error.
    struct Outcome: Equatable {
        var code: Int32
        var output = ""
        var errors = ""
    }

    /// Parses `arguments` (without the program name), runs the command and returns the code to exit with.
    /// Reading the command line and running the command throw into the same `report`.
    static func run(_ arguments: [String]) async -> Int32 {
        do {
            let command = try await Versus.asyncParseAsRoot(arguments)
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                var command = command
                try command.run()
            }
            return success
        } catch {
            return report(error)
        }
    }

    /// Prints the outcome of `error` and returns its code.
    static func report(_ error: Error) -> Int32 {
        let outcome = outcome(for: error, colour: Console.colourOnStandardError)
        if !outcome.output.isEmpty { FileHandle.standardOutput.write(Data(outcome.output.utf8)) }
        if !outcome.errors.isEmpty { FileHandle.standardError.write(Data(outcome.errors.utf8)) }
        return outcome.code
    }

    /// The one mapping from an error to its exit code and message:
    /// - `BuildFailure`: content errors as diagnostics and a count (1); `LinkChecker.NoSite` as its one line (1); "path: error: message" for input/output and
    ///   "error: cannot listen on 127.0.0.1:1313: address already in use" (74); "error: message" for usage (64);
    /// - ArgumentParser's errors: help and `--version` on standard output (0), usage errors with the usage (64), an
    ///   `ExitCode` its own code;
    /// - anything else is a bug of Versus: "error: internal failure: ..." (70).
    static func outcome(for error: Error, colour: Bool = false) -> Outcome {
        switch error {
        case BuildFailure.invalidInput(let diagnostics):
            return Outcome(code: 1, errors: Console.diagnosticsText(diagnostics, colour: colour))
        case BuildFailure.io(let path, let message):
            return Outcome(code: 74, errors: "\(path): error: \(oneLine(message))\n")
        case BuildFailure.cannotListen(let address, let reason):
            return Outcome(code: 74, errors: "error: cannot listen on \(address): \(oneLine(reason))\n")
        case BuildFailure.usage(let message):
            return Outcome(code: 64, errors: "error: \(oneLine(message))\n")
        case let noSite as LinkChecker.NoSite:
            return Outcome(code: 1, errors: Console.diagnosticsText([noSite.diagnostic], colour: colour).components(separatedBy: "\n")[0] + "\n")
        case is ValidationError, is CleanExit, is ExitCode:
            return argumentParserOutcome(error)
        // Its internal errors too: an unknown flag, a bad value, `--help` and `versus help` (whose command throws).
        case _ where String(reflecting: type(of: error)).hasPrefix("ArgumentParser."):
            return argumentParserOutcome(error)
        default:
            return Outcome(code: internalFailure, errors: "error: internal failure: \(oneLine(String(describing: error)))\n")
        }
    }

    private static func argumentParserOutcome(_ error: Error) -> Outcome {
        let code = Versus.exitCode(for: error).rawValue
        var text = Versus.fullMessage(for: error)
        if text.isEmpty { return Outcome(code: code) }
        if code == success { return Outcome(code: code, output: text + "\n") }
        if text.hasPrefix("Error: ") { text = "error: " + text.dropFirst("Error: ".count) }
        return Outcome(code: code, errors: text + "\n")
    }

    private static func oneLine(_ text: String) -> String { text.split(whereSeparator: \.isNewline).joined(separator: " ") }
}
