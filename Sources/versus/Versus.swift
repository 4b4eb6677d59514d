import ArgumentParser

@main
struct Versus: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "versus",
        abstract: "Build a static site comparing protocol reply codes.",
        version: Versus.version,
        subcommands: [BuildCommand.self, CheckCommand.self, ServeCommand.self, NewCommand.self, InitCommand.self],
        defaultSubcommand: BuildCommand.self
    )
}

extension Versus {
    /// The version `versus --version` prints.
    static let version = "0.1.0"
}
