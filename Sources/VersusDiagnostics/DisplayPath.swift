import Foundation

/// Paths as shown in diagnostics: relative to the working folder when inside it.
public enum DisplayPath {
    /// `path` without `.` and `name/..` steps, relative to the working folder when inside it (the disk is not read).
    public static func of(_ path: String) -> String {
        let standardized = lexicallyNormalized(path)
        let cwd = FileManager.default.currentDirectoryPath
        if standardized.hasPrefix(cwd + "/") { return String(standardized.dropFirst(cwd.count + 1)) }
        return standardized
    }

    /// Removes `.` and `name/..` steps without touching the disk (so a symbolic link is shown as itself).
    public static func lexicallyNormalized(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." { parts.removeLast(); continue }
            parts.append(part)
        }
        let joined = parts.joined(separator: "/")
        return path.hasPrefix("/") ? "/" + joined : (joined.isEmpty ? "." : joined)
    }
}
