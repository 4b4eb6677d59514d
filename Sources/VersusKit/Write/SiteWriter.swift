import Foundation

/// The Write stage: puts bytes into the output folder, atomically, and only when they changed.
public final class SiteWriter: @unchecked Sendable {
    public let outputDirectory: String
    private let lock = NSLock()
    private var written = 0
    private var failure: BuildFailure?
    private var createdFolders = Set<String>()

    /// False when the output folder is new: there is nothing to compare against, so no file is read first.
    private let compareExisting: Bool

    /// `outputDirectory` and a slash.
    private let folderPrefix: String

    public init(outputDirectory: String) {
        self.outputDirectory = outputDirectory
        folderPrefix = outputDirectory.hasSuffix("/") ? outputDirectory : outputDirectory + "/"
        compareExisting = FileManager.default.fileExists(atPath: outputDirectory)
    }

    public var writtenCount: Int { lock.withLock { written } }
    public var firstFailure: BuildFailure? { lock.withLock { failure } }

    /// Open folders of the output, by path relative to it: new files are created relative to them.
    private var folderDescriptors: [Substring: Int32] = [:]

    deinit {
        for descriptor in folderDescriptors.values { close(descriptor) }
    }

    /// Creates the folders of all `paths` up front, so concurrent writers never race on them.
    public func prepareFolders(for paths: [String]) throws {
        let folders = Set(paths.map { Self.split($0).folder })
        for folder in folders.sorted() {
            let absolute = folder.isEmpty ? outputDirectory : (outputDirectory as NSString).appendingPathComponent(String(folder))
            do {
                try FileManager.default.createDirectory(atPath: absolute, withIntermediateDirectories: true)
            } catch {
                throw BuildFailure.io(path: DisplayPath.of(absolute), message: "cannot create folder: \(Self.reason(error))")
            }
            removeAbandonedTemporaries(in: absolute)
            if folderDescriptors[folder] == nil {
                let descriptor = open(absolute, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
                if descriptor >= 0 { folderDescriptors[folder] = descriptor }
            }
        }
    }

    /// "en/smtp/250.html" → ("en/smtp", "250.html").
    private static func split(_ path: String) -> (folder: Substring, name: Substring) {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return ("", Substring(path)) }
        return (path[..<slash], path[path.utf8.index(after: slash)...])
    }

    /// A build killed mid-write leaves its temporary files behind; they carry a name no page can have.
    private func removeAbandonedTemporaries(in folder: String) {
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where AtomicFile.isTemporaryName(name) {
            try? FileManager.default.removeItem(atPath: (folder as NSString).appendingPathComponent(name))
        }
    }

    /// Writes `bytes` to `relativePath` unless the file already holds exactly them. Safe to call concurrently.
    /// Returns the file's size and modification time (nanoseconds), or nil when writing failed.
    @discardableResult
    public func write(_ bytes: [UInt8], to relativePath: String) -> (size: Int64, modified: Int64)? {
        let path = folderPrefix + relativePath
        if compareExisting, let existing = FileManager.default.contents(atPath: path), existing.count == bytes.count, existing.elementsEqual(bytes) {
            return BuildManifest.stamp(of: path)
        }
        do {
            let (folder, name) = Self.split(relativePath)
            var stamp: (size: Int64, modified: Int64)?
            if let descriptor = folderDescriptors[folder], !compareExisting || existingMissing(path) {
                stamp = try AtomicFile.linkNew(bytes, in: descriptor, name: String(name))
            }
            let written = try stamp ?? AtomicFile.write(bytes, to: path)
            lock.withLock { self.written += 1 }
            return written
        } catch {
            lock.withLock { if failure == nil { failure = .io(path: DisplayPath.of(path), message: Self.reason(error)) } }
            return nil
        }
    }

    private func existingMissing(_ path: String) -> Bool { access(path, F_OK) != 0 }

    static func reason(_ error: Error) -> String {
        if let system = error as? SystemError { return system.message }
        return (error as NSError).localizedDescription
    }
}

/// Write-to-temporary then rename: a reader or a crash sees the old file or the new one, never a part.
enum AtomicFile {
    static func isTemporaryName(_ name: String) -> Bool {
        name.hasPrefix(".") && name.hasSuffix(".tmp") && name.range(of: #"\.[0-9]+\.[0-9]+\.tmp$"#, options: .regularExpression) != nil
    }

    /// `O_TMPFILE` (Linux): a file with no name until it is complete.
    private static let temporaryFileFlag: Int32 = 0o20200000

    /// Writes through a temporary file and a rename; returns the file's size and modification time.
    @discardableResult
    static func write(_ bytes: [UInt8], to path: String) throws -> (size: Int64, modified: Int64) {
        try replace(bytes, at: path)
    }

    /// A file that does not exist yet is written nameless in `folder` and linked into place when complete: one
    /// directory operation instead of create-and-rename, and nothing left behind if the build is killed.
    /// Nil when the file system cannot do it or the file exists after all; the caller then replaces instead.
    static func linkNew(_ bytes: [UInt8], in folder: Int32, name: String) throws -> (size: Int64, modified: Int64)? {
        let descriptor = openat(folder, ".", temporaryFileFlag | O_WRONLY | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        let stamp = try writeAll(bytes, to: descriptor)
        if linkat(AT_FDCWD, "/proc/self/fd/\(descriptor)", folder, name, AT_SYMLINK_FOLLOW) != 0 {
            if errno == EEXIST || errno == ENOENT || errno == EXDEV || errno == EPERM { return nil }
            throw SystemError(code: errno)
        }
        return stamp
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) throws -> (size: Int64, modified: Int64) {
        var offset = 0
        while offset < bytes.count {
            let count = bytes.withUnsafeBytes { buffer in
                Foundation.write(descriptor, buffer.baseAddress! + offset, bytes.count - offset)
            }
            if count < 0 { throw SystemError(code: errno) }
            offset += count
        }
        var info = stat()
        fstat(descriptor, &info)
        return (Int64(info.st_size), Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec))
    }

    /// Write-to-temporary then rename, for files that may already exist.
    private static func replace(_ bytes: [UInt8], at path: String) throws -> (size: Int64, modified: Int64) {
        let folder = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let temporary = (folder as NSString).appendingPathComponent(".\(name).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp")
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw SystemError(code: errno) }
        let stamp: (size: Int64, modified: Int64)
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
struct SystemError: Error {
    var code: Int32
    var message: String { String(cString: strerror(code)) }
}
