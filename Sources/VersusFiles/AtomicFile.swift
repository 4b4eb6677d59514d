import Foundation

/// Write-to-temporary then rename: a reader or a crash sees the old file or the new one, never a part.
package enum AtomicFile {
    package static func isTemporaryName(_ name: String) -> Bool {
        name.hasPrefix(".") && name.hasSuffix(".tmp") && name.range(of: #"\.[0-9]+\.[0-9]+\.tmp$"#, options: .regularExpression) != nil
    }

    /// `O_TMPFILE` (Linux): a file with no name until it is complete.
    private static let temporaryFileFlag: Int32 = 0o20200000

    /// Writes through a temporary file and a rename; returns the file's size and modification time.
    @discardableResult
    package static func write(_ bytes: [UInt8], to path: String) throws -> FileStamp {
        try replace(bytes, at: path)
    }

    /// A file that does not exist yet is written nameless in `folder` and linked into place when complete: one
    /// directory operation instead of create-and-rename, and nothing left behind if the build is killed.
    /// Nil when the file system cannot do it or the file exists after all; the caller then replaces instead.
    package static func linkNew(_ bytes: [UInt8], in folder: Int32, name: String) throws -> FileStamp? {
        #if os(Linux)
        let descriptor = openat(folder, ".", temporaryFileFlag | O_WRONLY | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        let stamp = try writeAll(bytes, to: descriptor)
        if linkat(AT_FDCWD, "/proc/self/fd/\(descriptor)", folder, name, AT_SYMLINK_FOLLOW) != 0 {
            if errno == EEXIST || errno == ENOENT || errno == EXDEV || errno == EPERM { return nil }
            throw SystemError(code: errno)
        }
        return stamp
        #else
        return nil
        #endif
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) throws -> FileStamp {
        var offset = 0
        while offset < bytes.count {
            let count = bytes.withUnsafeBytes { buffer in
                Foundation.write(descriptor, buffer.baseAddress! + offset, bytes.count - offset)
            }
            if count < 0 { throw SystemError(code: errno) }
            offset += count
        }
        return FileStamp(descriptor: descriptor)
    }

    /// Write-to-temporary then rename, for files that may already exist.
    private static func replace(_ bytes: [UInt8], at path: String) throws -> FileStamp {
        let folder = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let temporary = (folder as NSString).appendingPathComponent(".\(name).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp")
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw SystemError(code: errno) }
        let stamp: FileStamp
        do {
            stamp = try writeAll(bytes, to: descriptor)
        } catch {
            close(descriptor)
            unlink(temporary)
            throw error
        }
        if close(descriptor) != 0 {
            let code = errno
            unlink(temporary)
            throw SystemError(code: code)
        }
        if rename(temporary, path) != 0 {
            let code = errno
            unlink(temporary)
            throw SystemError(code: code)
        }
        return stamp
    }
}

/// An errno value with its system message ("No space left on device").
package struct SystemError: Error {
    var code: Int32
    package var message: String { String(cString: strerror(code)) }

    /// A short reason for any error thrown by a file operation: the system's words ("Not a directory") when the
    /// error carries an errno, as FileManager's errors do underneath their generic description.
    package static func reason(_ error: Error) -> String {
        if let system = error as? SystemError { return system.message }
        let error = error as NSError
        let underlying = (error.userInfo[NSUnderlyingErrorKey] as? Error).map { $0 as NSError }
        for candidate in [error, underlying].compactMap({ $0 }) where candidate.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(candidate.code)))
        }
        return error.localizedDescription
    }

    package init(code: Int32) {
        self.code = code
    }
}
