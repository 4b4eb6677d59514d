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
    /// True when some file was modified so recently, when the signature was taken, that a further edit could keep
    /// its size and modification time (file systems stamp times from a clock that ticks every few milliseconds):
    /// such a signature must not be trusted to mean "unchanged" later.
    package let isRecent: Bool

    /// True when the folders must be read again, their signature now being this one, since they were read at
    /// signature `last` (nil: never): the signature changed, or `last` was recent and this one's files are no longer,
    /// so that a second edit in the clock tick of the first, of the same size, which leaves the signature as it was,
    /// is read once that tick is safely past. `now` is in nanoseconds since 1970.
    package func needsReading(since last: FolderSignature?, now: Int64 = FolderSignature.now()) -> Bool {
        guard let last else { return true }
        return text != last.text || (last.isRecent && !Self.isRecent(newest, now: now))
    }

    /// `takenAt`: when the folders were read, in nanoseconds since 1970.
    package init(text: String, newest: Int64, takenAt: Int64 = FolderSignature.now()) {
        self.text = text
        self.newest = newest
        isRecent = Self.isRecent(newest, now: takenAt)
    }

    package static func now() -> Int64 { Int64(Date().timeIntervalSince1970 * 1_000_000_000) }

    private static func isRecent(_ newest: Int64, now: Int64) -> Bool { newest > now - 2_000_000_000 }
}
