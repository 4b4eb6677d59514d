import ArgumentParser
import VersusKit

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "init", abstract: "Create a starter catalog project that builds at once.")

    @Argument(help: "The folder to create the project in.") var directory = "."

    func run() throws {
        let files = try ProjectStarter.create(in: directory)
        for file in files { print("created \(DisplayPath.of(file))") }
        print("Next: cd \(directory) && versus build (templates are built in; add templates/ files to override them)")
    }
}
