import Foundation
import PackagePlugin

/// Embeds `templates/` and `scripts/starter/` into the target at build time, as `EmbeddedFiles`: nothing
/// generated is committed, and every file (text or binary) is carried byte for byte.
@main
struct EmbedDefaults: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let root = context.package.directoryURL
        let folders = [("templates", root.appending(path: "templates")), ("starter", root.appending(path: "scripts/starter"))]
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedFiles.swift")
        var inputs: [URL] = []
        for (_, folder) in folders {
            guard let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else { continue }
            for case let file as URL in files where (try? file.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                inputs.append(file)
            }
        }
        return [.buildCommand(
            displayName: "Embedding default templates and the starter project",
            executable: try context.tool(named: "embed-defaults").url,
            arguments: [output.path] + folders.flatMap { [$0.0, $0.1.path] },
            inputFiles: inputs,
            outputFiles: [output]
        )]
    }
}
