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
            for item in FolderWalk.items(in: folder) {
                let stamp = FileStamp(item.info)
                // The change time and inode too: a tool can put a file's old modification time back, never those.
                #if os(Linux)
                let changed = item.info.st_ctim
                #else
                let changed = item.info.st_ctimespec
                #endif
                let change = Int64(changed.tv_sec) * 1_000_000_000 + Int64(changed.tv_nsec)
                parts.append("\(folder)/\(item.relative):\(stamp.size):\(stamp.modified):\(item.info.st_ino)-\(change)")
                // A folder's time changes when a file is added, removed or renamed in it, which `text` sees.
                if !item.isFolder { newest = max(newest, stamp.modified) }
            }
        }
        return FolderSignature(text: parts.sorted().joined(separator: "\n"), newest: newest)
    }
    /// True when some file was modified so recently that a further edit could keep its size and modification time
    /// (file systems stamp times from a clock that ticks every few milliseconds): such a signature must not be
    /// trusted to mean "unchanged" later.
    package var isRecent: Bool {
        let now = Int64(Date().timeIntervalSince1970 * 1_000_000_000)
        return newest > now - 2_000_000_000
    }
}
