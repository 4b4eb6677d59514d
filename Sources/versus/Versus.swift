import ArgumentParser
import Foundation

@main
struct Versus: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "versus",
        abstract: "Build a static site comparing protocol reply codes.",
        version: Versus.version,
        subcommands: [BuildCommand.self, CheckCommand.self, ServeCommand.self, NewCommand.self, InitCommand.self],
        defaultSubcommand: BuildCommand.self
    )

    /// Every command runs through `ExitStatus`, the one place errors become messages and exit codes.
    static func main() async {
        Foundation.exit(await ExitStatus.run(Array(CommandLine.arguments.dropFirst())))
    }
}

extension Versus {
    /// The version `versus --version` prints.
    static let version = "0.1.0"
}
