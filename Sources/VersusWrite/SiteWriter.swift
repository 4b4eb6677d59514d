import Foundation
import Synchronization
import VersusDiagnostics
import VersusFiles

/// The Write stage: puts bytes into the output folder, atomically, and only when they changed.
package final class SiteWriter: Sendable {
    package let outputDirectory: String
    private struct Tally {
        var written = 0
        var failure: BuildFailure?
    }
    private let tally = Mutex(Tally())

    /// A test hook for interrupted builds: with `VERSUS_KILL_AFTER_WRITES=N` in the environment, the process kills
    /// itself (SIGKILL, as a power cut or an out-of-memory kill would end it) right after writing its Nth file.
    private static let killAfterWrites = ProcessInfo.processInfo.environment["VERSUS_KILL_AFTER_WRITES"].flatMap { Int($0) }

    /// False when the output folder is new: there is nothing to compare against, so no file is read first.
    private let compareExisting: Bool

    /// `outputDirectory` and a slash.
    private let folderPrefix: String

    package init(outputDirectory: String) {
        self.outputDirectory = outputDirectory
        folderPrefix = outputDirectory.hasSuffix("/") ? outputDirectory : outputDirectory + "/"
        compareExisting = FileManager.default.fileExists(atPath: outputDirectory)
    }

    package var writtenCount: Int { tally.withLock { $0.written } }
    package var firstFailure: BuildFailure? { tally.withLock { $0.failure } }

    /// Open folders of the output, by path relative to it: new files are created relative to them.
    private let folderDescriptors = Mutex<[Substring: Int32]>([:])

    deinit {
        folderDescriptors.withLock { for descriptor in $0.values { close(descriptor) } }
    }

    /// Creates `folders` (relative; "" is the output folder) up front, so concurrent writers never race on them.
    /// With `sweeping`, removes the temporary files a build killed mid-write left in them (listing a family's
    /// folder reads a name per page, so a build that knows the last one finished skips it).
    package func prepare(folders: Set<String>, sweeping: Bool = true) throws {
        for name in folders.sorted() {
            let folder = Substring(name)
            let absolute = folder.isEmpty ? outputDirectory : (outputDirectory as NSString).appendingPathComponent(String(folder))
            do {
                try FileManager.default.createDirectory(atPath: absolute, withIntermediateDirectories: true)
            } catch {
                throw BuildFailure.io(path: DisplayPath.of(absolute), message: "cannot create folder: \(SystemError.reason(error))")
            }
            if sweeping { removeAbandonedTemporaries(in: absolute) }
            folderDescriptors.withLock { descriptors in
                guard descriptors[folder] == nil else { return }
                let descriptor = open(absolute, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
                if descriptor >= 0 { descriptors[folder] = descriptor }
            }
        }
    }

    /// "en/smtp/250.html" → ("en/smtp", "250.html").
    private static func split(_ path: String) -> (folder: Substring, name: Substring) {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return ("", Substring(path)) }
        return (path[..<slash], path[path.utf8.index(after: slash)...])
    }

    /// A build killed mid-write leaves its temporary files behind; they carry a name no page can have.
    /// A family's folder holds a file per page: names are read as bytes, and only hidden ones become strings.
    private func removeAbandonedTemporaries(in folder: String) {
        guard let directory = opendir(folder) else { return }
        var abandoned: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes -> String? in
                guard bytes.first == UInt8(ascii: ".") else { return nil }
                return String(cString: bytes.baseAddress!.assumingMemoryBound(to: CChar.self))
            }
            if let name, AtomicFile.isTemporaryName(name) { abandoned.append(name) }
        }
        closedir(directory)
        for name in abandoned { try? FileManager.default.removeItem(atPath: (folder as NSString).appendingPathComponent(name)) }
    }

    /// Writes `bytes` to `relativePath` unless the file already holds exactly them. Safe to call concurrently.
    /// Returns the file's size and modification time (nanoseconds), or nil when writing failed.
    @discardableResult
    package func write(_ bytes: [UInt8], to relativePath: String) -> FileStamp? {
        let path = folderPrefix + relativePath
        if compareExisting, let existing = FileManager.default.contents(atPath: path), existing.count == bytes.count, existing.elementsEqual(bytes) {
            return FileStamp(path: path)
        }
        do {
            let (folder, name) = Self.split(relativePath)
            var stamp: FileStamp?
            if let descriptor = folderDescriptors.withLock({ $0[folder] }), !compareExisting || existingMissing(path) {
                stamp = try AtomicFile.linkNew(bytes, in: descriptor, name: String(name))
            }
            let written = try stamp ?? AtomicFile.write(bytes, to: path)
            let count = tally.withLock { $0.written += 1; return $0.written }
            if count == Self.killAfterWrites { kill(getpid(), SIGKILL) }
            return written
        } catch {
            tally.withLock { if $0.failure == nil { $0.failure = .io(path: DisplayPath.of(path), message: SystemError.reason(error)) } }
            return nil
        }
    }

    private func existingMissing(_ path: String) -> Bool { access(path, F_OK) != 0 }
}
