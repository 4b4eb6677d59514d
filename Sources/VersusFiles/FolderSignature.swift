import Foundation

/// A cheap fingerprint of folders (paths, sizes, modification times) to notice edits by polling.
package enum FolderSignature {
    /// One line per file under `folders`, sorted: `path:size:modified-nanoseconds`.
    package static func of(_ folders: [String]) -> String {
        var parts: [String] = []
        for folder in folders {
            guard let enumerator = FileManager.default.enumerator(atPath: folder) else { continue }
            for case let relative as String in enumerator where !InputFiles.skips(relative, in: folder) {
                let path = (folder as NSString).appendingPathComponent(relative)
                if let stamp = FileStamp(path: path) { parts.append("\(path):\(stamp.size):\(stamp.modified)") }
            }
        }
        return parts.sorted().joined(separator: "\n")
    }

}
