import Foundation

/// A cheap fingerprint of folders (paths, sizes, modification times) to notice edits by polling.
package struct FolderSignature: Equatable, Sendable {
    /// One line per file, sorted: `path:size:modified-nanoseconds:inode-changed-nanoseconds`.
    package let text: String
    /// The newest modification time of a file (not a folder), in nanoseconds since 1970 (0 when there is no file).
    package let newest: Int64

    /// The signature of every file under `folders` that a build reads (see `InputFiles`).
    package static func of(_ folders: [String]) -> FolderSignature {
        var parts: [String] = []
        var newest: Int64 = 0
        for folder in folders {
            guard let enumerator = FileManager.default.enumerator(atPath: folder) else { continue }
            for case let relative as String in enumerator where !InputFiles.skips(relative, in: folder) {
                let path = (folder as NSString).appendingPathComponent(relative)
                if let stamp = FileStamp(path: path) {
                    // The change time and inode too: a tool can put a file's old modification time back, never those.
                    let change = Self.changeStamp(path)
                    parts.append("\(path):\(stamp.size):\(stamp.modified):\(change.inode)-\(change.changed)")
                    // A folder's time changes when a file is added, removed or renamed in it, which `text` sees.
                    if enumerator.fileAttributes?[.type] as? FileAttributeType != .typeDirectory {
                        newest = max(newest, stamp.modified)
                    }
                }
            }
        }
        return FolderSignature(text: parts.sorted().joined(separator: "\n"), newest: newest)
    }

    /// The file's inode and status change time (nanoseconds), which no tool can set back.
    private static func changeStamp(_ path: String) -> (inode: UInt64, changed: Int64) {
        var info = stat()
        guard stat(path, &info) == 0 else { return (0, 0) }
        #if os(Linux)
        let changed = info.st_ctim
        #else
        let changed = info.st_ctimespec
        #endif
        return (UInt64(info.st_ino), Int64(changed.tv_sec) * 1_000_000_000 + Int64(changed.tv_nsec))
    }

    /// True when some file was modified so recently that a further edit could keep its size and modification time
    /// (file systems stamp times from a clock that ticks every few milliseconds): such a signature must not be
    /// trusted to mean "unchanged" later.
    package var isRecent: Bool {
        let now = Int64(Date().timeIntervalSince1970 * 1_000_000_000)
        return newest > now - 2_000_000_000
    }
}
