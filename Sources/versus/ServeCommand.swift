import ArgumentParser
import Foundation
import VersusKit

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "serve", abstract: "Build, serve on loopback, and rebuild and reload on every change.")

    @OptionGroup var options: SiteOptions
    @Option(help: "The port to listen on.") var port: UInt16 = 1313
    @Option(help: "The address to listen on.") var host = "127.0.0.1"

    func run() async throws {
        do {
            try SiteBuilder.checkOutput(options.buildOptions)
        } catch let failure as BuildFailure {
            throw Console.exit(for: failure)
        }
        let server = DevServer(options: options.buildOptions, host: host, port: port) { line in
            FileHandle.standardOutput.write(Data((line + "\n").utf8))
        }
        do {
            try await server.run()
        } catch let failure as BuildFailure {
            throw Console.exit(for: failure)
        }
    }
}
