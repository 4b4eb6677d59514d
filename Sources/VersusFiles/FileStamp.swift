import Foundation

/// A file's size in bytes and its modification time in nanoseconds since 1970: what an incremental build
/// compares to notice that a file changed.
package struct FileStamp: Equatable, Sendable {
    package var size: Int64
    package var modified: Int64

    package init(size: Int64, modified: Int64) {
        self.size = size
        self.modified = modified
    }

    /// The stamp of the file at `path` (symbolic links followed); nil when it cannot be read.
    package init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        self.init(info)
    }

    /// The stamp of an open file.
    package init(descriptor: Int32) {
        var info = stat()
        fstat(descriptor, &info)
        self.init(info)
    }

    init(_ info: stat) {
        #if os(Linux)
        let time = info.st_mtim
        #else
        let time = info.st_mtimespec
        #endif
        self.init(size: Int64(info.st_size), modified: Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec))
    }
}

/// Paths resolved the way the file system sees them.
package enum FilePaths {
    /// Absolute, with symbolic links resolved and `.`/`..` removed.
    package static func resolved(_ path: String) -> String {
        URL(fileURLWithPath: path).resolvingSymlinksInPath().standardizedFileURL.path
    }
}
