import ArgumentParser
import VersusKit

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "new", abstract: "Create an entry with its front matter and section headings.")

    @Argument(help: "The family id (a folder of the content).") var family: String
    @Argument(help: "The code, as written in its file name.") var code: String
    @Option(help: "Write a translation in this language instead of the default-language entry.") var lang: String?
    @Option(help: "The content folder.") var content = "content"

    func run() throws {
        let path = try EntryScaffold.create(content: content, family: family, code: code, language: lang)
        print("created \(DisplayPath.of(path))")
    }
}
