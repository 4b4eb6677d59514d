import Foundation
import VersusDiagnostics
import VersusModel
import VersusFiles

/// File access for Load, confined to the content folder: paths are shown relative to the working folder,
/// and a symbolic link that leads outside the content folder is refused.
package struct ContentFiles {
    let root: String
    let sink: DiagnosticSink
    private let resolvedRoot: String

    package init(root: String, sink: DiagnosticSink) {
        self.root = root
        self.sink = sink
        resolvedRoot = Self.realPath(root) ?? URL(fileURLWithPath: root).resolvingSymlinksInPath().standardizedFileURL.path
    }

    package func display(_ relative: String) -> String {
        DisplayPath.of(relative.isEmpty ? root : (root as NSString).appendingPathComponent(relative))
    }

    package func absolute(_ relative: String) -> String { (root as NSString).appendingPathComponent(relative) }

    func rootExists() -> Bool {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory), isDirectory.boolValue { return true }
        sink.error("content folder not found", path: DisplayPath.of(root))
        return false
    }

    /// The absolute path with every symbolic link resolved, or nil when it does not exist.
    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    package func exists(_ relative: String) -> Bool { FileManager.default.fileExists(atPath: absolute(relative)) }

    /// Reads and decodes a text file, or reports why it cannot.
    package func read(_ relative: String) -> String? {
        let path = absolute(relative)
        let resolved = Self.realPath(path) ?? URL(fileURLWithPath: path).resolvingSymlinksInPath().standardizedFileURL.path
        guard resolved.hasPrefix(resolvedRoot + "/") else {
            sink.error("refusing a symbolic link that leads outside the content folder", path: display(relative))
            return nil
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            sink.error("cannot read file", path: display(relative))
            return nil
        }
        return SourceText.decode(data, path: display(relative), into: sink)
    }

    /// Sub-folders of the content folder that hold families (all but `i18n` and hidden ones), sorted.
    func familyFolders() -> [String] {
        list("").filter { name in
            guard name != "i18n" else { return false }
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: absolute(name), isDirectory: &isDirectory) && isDirectory.boolValue
        }
    }

    /// Names in a folder, sorted for a deterministic order, without what `InputFiles` skips (editor lock, swap and
    /// backup files, dot-files, dangling links).
    func list(_ relative: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: absolute(relative))) ?? []).sorted()
            .filter { !InputFiles.skips(relative.isEmpty ? $0 : relative + "/" + $0, in: root) }
    }
}
