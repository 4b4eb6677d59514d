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

extension FileStamp {
    /// The stamp of the file `name` (NUL-terminated, relative) in the open folder `folder`; nil when it cannot be read.
    package init?(in folder: OpenFolder, name: UnsafePointer<CChar>) {
        var info = stat()
        guard fstatat(folder.descriptor, name, &info, 0) == 0 else { return nil }
        self.init(info)
    }
}

/// A folder held open, so that files in it are found by name alone (`FileStamp(in:name:)`): the pages of a large
/// site cost one walk of the path per folder instead of one per file. Closed when released.
package final class OpenFolder: Sendable {
    let descriptor: Int32

    /// Opens the folder at `path`; nil when it cannot be opened.
    package init?(path: String) {
        descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
    }

    deinit { close(descriptor) }
}
