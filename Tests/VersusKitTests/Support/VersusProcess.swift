import Foundation
import XCTest

/// The built `versus` executable, run in a folder with `NO_COLOR` set: its exit status and what it printed.
enum VersusProcess {
    struct Run {
        var status: Int32
        var output: String
        var errors: String
    }

    /// `swift test` builds every product into the folder that holds the test bundle.
    static var executable: URL {
        let candidates = [Bundle.main.executableURL?.deletingLastPathComponent(), Bundle.main.bundleURL,
                          Bundle.main.bundleURL.deletingLastPathComponent()].compactMap { $0 }
        let folder = candidates.first { FileManager.default.isExecutableFile(atPath: $0.appendingPathComponent("versus").path) }
        return (folder ?? candidates[0]).appendingPathComponent("versus")
    }

    static func prepared(_ arguments: [String], in folder: String, environment extra: [String: String] = [:]) -> (Process, output: Pipe, errors: Pipe) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment.merge(extra) { $1 }
        process.environment = environment
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        return (process, output, errors)
    }

    static func run(_ arguments: [String], in folder: String, environment: [String: String] = [:]) throws -> Run {
        let (process, output, errors) = prepared(arguments, in: folder, environment: environment)
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
                   errors: String(decoding: errorData, as: UTF8.self))
    }
}
