import ArgumentParser

@main
struct Versus: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "versus",
        abstract: "Build a static site comparing protocol reply codes.",
        subcommands: [BuildCommand.self, CheckCommand.self, ServeCommand.self, NewCommand.self, InitCommand.self],
        defaultSubcommand: BuildCommand.self
    )
}
