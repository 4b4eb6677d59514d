import ArgumentParser

@main
struct Versus: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "versus",
        abstract: "Build a static site comparing protocol reply codes.",
        subcommands: [BuildCommand.self, CheckCommand.self],
        defaultSubcommand: BuildCommand.self
    )
}
