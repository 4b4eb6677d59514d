import Foundation
import VersusDiagnostics
import VersusFiles
import VersusModel
import VersusDefaults

/// The assets copied to `site/assets/` as they are: the built-in ones, replaced or added to
/// file by file by `templates/assets/`.
package struct AssetFiles {
    let directory: String

    package init(directory: String) {
        self.directory = directory
    }

    /// Relative paths of every asset, sorted.
    package func list() throws -> [String] {
        Set(EmbeddedFiles.templates.keys.filter { $0.hasPrefix("assets/") }.map { String($0.dropFirst("assets/".count)) })
            .union(projectFiles()).sorted()
    }

    /// Every asset with its bytes, sorted by path.
    package func load() throws -> [(path: String, bytes: [UInt8])] {
        try list().map { ($0, try read($0)) }
    }

    func read(_ relative: String) throws -> [UInt8] {
        let path = (directory as NSString).appendingPathComponent(relative)
        if FileManager.default.fileExists(atPath: path) {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw BuildFailure.io(path: DisplayPath.of(path), message: "cannot read asset")
            }
            return Array(data)
        }
        return EmbeddedFiles.templates["assets/" + relative] ?? []
    }

    private func projectFiles() -> [String] { InputFiles.files(in: directory) }
}
