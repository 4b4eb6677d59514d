import ArgumentParser
import Foundation
import VersusKit

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "serve",
                                                    abstract: "Serve the site from memory on loopback, and apply and reload every change.")

    @OptionGroup var options: SourceOptions
    @Option(help: "The port to listen on.") var port: UInt16 = 1313
    @Option(help: "The IPv4 address to listen on.") var host = "127.0.0.1"

    /// A host that is not an IPv4 address is a usage error (exit 64).
    func validate() throws {
        if let problem = DevServer.hostProblem(host) { throw ValidationError(problem) }
    }

    /// Runs until Ctrl-C (or SIGTERM), then exits 0.
    func run() async throws {
        let server = DevServer(options: options.buildOptions(output: ""), host: host, port: port) { line in
            FileHandle.standardOutput.write(Data((line + "\n").utf8))
        }
        try await Interruption.cancelling { try await server.run() }
    }
}
