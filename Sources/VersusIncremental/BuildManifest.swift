import Foundation
import VersusModel
import VersusMustache
import VersusFiles

/// What the last build wrote into an output folder: for each file, the fingerprint of its inputs and the size
/// and modification time it had. Kept in `.versus/` beside the content, never in the output, as lines of
/// `fingerprint(hex) size modified path`. In memory a record is found by a 64-bit hash of its path (`key`): a
/// million paths held as strings would take more memory than the rest of a build, so the paths are read from the
/// file again on the rare occasions they are needed (`forEachRecord`).
package struct BuildManifest {
    package struct Record: Equatable {
        var fingerprint: UInt64
        var size: Int64
        var modified: Int64
    }

    /// The sources a build read (`SourceSignature.digest`) and its page count, kept only for a build that
    /// reported no problem: the same sources again need no build at all.
    package struct Source: Equatable {
        package var digest: UInt64
        package var pages: Int

        package init(digest: UInt64, pages: Int) {
            self.digest = digest
            self.pages = pages
        }
    }

    /// By `key(of:)` of the path.
    package private(set) var records: [UInt64: Record] = [:]
    package var source: Source?
    /// Each family's `SourceScopes` value at the last build: `#scope <family> <hex>` lines.
    package var scopes = SourceScopes(byFamily: [:])
    package let file: String

    /// A manifest with no records, to be saved at `file`.
    package init(emptyAt file: String) { self.file = file }

    /// The manifest stored at `file` (see `file(contentDirectory:outputDirectory:)`); empty when there is none.
    package init(file: String) {
        self.file = file
        var scopes: [String: UInt64] = [:]
        var records: [UInt64: Record] = [:]
        Self.scan(file, header: { line in
            if let source = Self.source(in: line) { self.source = source }
            if let (family, value) = Self.scope(in: line) { scopes[family] = value }
        }, record: { path, record in
            records[Self.key(utf8: path)] = record
        })
        self.scopes = SourceScopes(byFamily: scopes)
        self.records = records
    }

    /// The key of a path's record: a stable 64-bit hash of it.
    package static func key(of path: String) -> UInt64 { StableHash.of([path]) }

    static func key(utf8 path: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = StableHash()
        hash.addText(path)
        return hash.value
    }

    /// The record of `path`, if the last build wrote it.
    package func record(for path: String) -> Record? { records[Self.key(of: path)] }

    /// `.versus/manifest-<hash of the output folder>.txt` beside the content folder; one per part for a part of a
    /// site (`manifest-<hash>-2of3.txt`).
    package static func file(contentDirectory: String, outputDirectory: String, part: String? = nil) -> String {
        let folder = ((FilePaths.resolved(contentDirectory) as NSString).deletingLastPathComponent as NSString).appendingPathComponent(".versus")
        let key = String(StableHash.of([FilePaths.resolved(outputDirectory)]), radix: 16)
        return (folder as NSString).appendingPathComponent("manifest-\(key)\(part.map { "-" + $0 } ?? "").txt")
    }

    /// True when the last build left no record.
    package var isEmpty: Bool { records.isEmpty }

    /// The file a build keeps beside its manifest `file` from its first write until its manifest is saved: found at
    /// the start of the next build, it tells that build the last one was killed or failed mid-write.
    package static func unfinishedMarker(of file: String) -> String { file + ".unfinished" }

    /// The source line of the manifest at `file`, read without reading the rest.
    package static func storedSource(file: String) -> Source? {
        guard let handle = FileHandle(forReadingAtPath: file) else { return nil }
        defer { try? handle.close() }
        let bytes = Array((try? handle.read(upToCount: 64)) ?? Data())
        return bytes.withUnsafeBufferPointer { buffer in
            source(in: UnsafeBufferPointer(rebasing: buffer[..<(buffer.firstIndex(of: 0x0A) ?? buffer.count)]))
        }
    }

    /// `#source <digest hex> <pages>`.
    private static func source(in line: UnsafeBufferPointer<UInt8>) -> Source? {
        let fields = fields(of: line, after: "#source ")
        guard fields.count == 2, let digest = UInt64(fields[0], radix: 16), let pages = Int(fields[1]) else { return nil }
        return Source(digest: digest, pages: pages)
    }

    /// `#scope <family> <hex>`.
    private static func scope(in line: UnsafeBufferPointer<UInt8>) -> (String, UInt64)? {
        let fields = fields(of: line, after: "#scope ")
        guard fields.count == 2, let value = UInt64(fields[1], radix: 16) else { return nil }
        return (String(fields[0]), value)
    }

    private static func fields(of line: UnsafeBufferPointer<UInt8>, after prefix: String) -> [Substring] {
        let prefix = Array(prefix.utf8)
        guard line.starts(with: prefix) else { return [] }
        return String(decoding: line.dropFirst(prefix.count), as: UTF8.self).split(separator: " ")
    }

    /// When the last build at `file` read sources with the same `digest`, reported no problem, and its files in
    /// `output` are as it left them, there is nothing to do: its page count and file count.
    package static func unchangedBuild(file: String, digest: UInt64, output: String) -> (pages: Int, files: Int)? {
        guard let stored = storedSource(file: file), stored.digest == digest else { return nil }
        var files = 0
        var unchanged = true
        // Records come in page order, so the files of one folder follow each other: each folder is opened once and
        // its files are found by name (NUL-terminated bytes; a manifest can hold a million lines).
        var folder: (path: [UInt8], open: OpenFolder?)?
        var batch: [(folder: OpenFolder?, name: [CChar], record: Record)] = []
        func check() {
            let entries = batch
            let changed = Parallel.map(entries.count) { index in
                let entry = entries[index]
                guard let folder = entry.folder else { return true }
                let stamp = entry.name.withUnsafeBufferPointer { FileStamp(in: folder, name: $0.baseAddress!) }
                return stamp?.size != entry.record.size || stamp?.modified != entry.record.modified
            }
            if changed.contains(true) { unchanged = false }
            batch.removeAll(keepingCapacity: true)
        }
        scan(file, header: { _ in }, record: { path, record in
            guard unchanged else { return }
            files += 1
            let slash = path.lastIndex(of: UInt8(ascii: "/"))
            let folderPath = path[..<(slash ?? 0)]
            if folder.map({ !$0.path.elementsEqual(folderPath) }) ?? true {
                folder = (Array(folderPath), OpenFolder(path: output + "/" + String(decoding: folderPath, as: UTF8.self)))
            }
            var name = (slash.map { path[($0 + 1)...] } ?? path[...]).map { CChar(bitPattern: $0) }
            name.append(0)
            batch.append((folder?.open, name, record))
            if batch.count == 16_384 { check() }
        })
        if unchanged { check() }
        return unchanged ? (stored.pages, files) : nil
    }

    /// Calls `body` with each record of the manifest at `file` and its path, reading the file in pieces.
    package static func forEachRecord(in file: String, _ body: (String, Record) -> Void) {
        scan(file, header: { _ in }, record: { path, record in body(String(decoding: path, as: UTF8.self), record) })
    }

    /// Reads `file` a piece at a time, handing header lines (`#…`) and parsed record lines to the closures; lines
    /// that parse as neither are skipped. A manifest can hold a million lines, so none of this makes a string per
    /// line unless asked to.
    private static func scan(_ file: String, header: (UnsafeBufferPointer<UInt8>) -> Void,
                             record: (UnsafeBufferPointer<UInt8>, Record) -> Void) {
        guard let handle = FileHandle(forReadingAtPath: file) else { return }
        defer { try? handle.close() }
        var pending: [UInt8] = []
        while true {
            let chunk = (try? handle.read(upToCount: 1 << 20)) ?? nil
            let atEnd = chunk?.isEmpty ?? true
            if let chunk { pending += chunk }
            var consumed = 0
            pending.withUnsafeBufferPointer { buffer in
                var start = 0
                while start < buffer.count {
                    let end: Int
                    if let newline = buffer[start...].firstIndex(of: 0x0A) {
                        end = newline
                    } else if atEnd {
                        end = buffer.count
                    } else {
                        break
                    }
                    let line = UnsafeBufferPointer(rebasing: buffer[start..<end])
                    if line.first == UInt8(ascii: "#") { header(line) } else if !line.isEmpty { parse(line, record) }
                    start = end + 1
                }
                consumed = min(start, buffer.count)
            }
            pending.removeFirst(consumed)
            if atEnd { return }
        }
    }

    /// `fingerprint(hex) size modified path`.
    private static func parse(_ line: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>, Record) -> Void) {
        var index = 0
        func number(radix: UInt64) -> UInt64? {
            var value: UInt64 = 0
            var digits = 0
            while index < line.count, line[index] != 0x20 {
                let byte = line[index]
                let digit: UInt64
                switch byte {
                case 0x30...0x39: digit = UInt64(byte - 0x30)
                case 0x61...0x66 where radix == 16: digit = UInt64(byte - 0x61 + 10)
                default: return nil
                }
                value = value &* radix &+ digit
                digits += 1
                index += 1
            }
            index += 1
            return digits > 0 ? value : nil
        }
        guard let fingerprint = number(radix: 16), let size = number(radix: 10), let modified = number(radix: 10), index < line.count else {
            return
        }
        body(UnsafeBufferPointer(rebasing: line[index...]),
             Record(fingerprint: fingerprint, size: Int64(bitPattern: size), modified: Int64(bitPattern: modified)))
    }

    package enum Status {
        /// The last build did not write the file.
        case unknown
        /// Written from other inputs, or changed since.
        case outdated
        /// Written from the same inputs, and nobody changed the file since.
        case current
    }

    /// `key` is `key(of: path)` of a page, `stamp` reads its file's stamp (called only when the fingerprints agree).
    func status(key: UInt64, fingerprint: UInt64, stamp: () -> FileStamp?) -> Status {
        guard let record = records[key] else { return .unknown }
        guard record.fingerprint == fingerprint, let stamp = stamp(), stamp.size == record.size, stamp.modified == record.modified else {
            return .outdated
        }
        return .current
    }

    /// Writes a manifest to `file` a piece at a time, then puts it in place at once: `lines` calls its argument with
    /// pieces of record lines (`appendLine`). Throws when the file cannot be written.
    package static func save(file: String, source: Source?, scopes: SourceScopes, lines: (([UInt8]) -> Void) -> Void) throws {
        try FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let temporary = file + ".\(getpid()).tmp"
        guard FileManager.default.createFile(atPath: temporary, contents: nil), let handle = FileHandle(forWritingAtPath: temporary) else {
            throw CocoaError(.fileWriteUnknown)
        }
        var failure: Error?
        func write(_ bytes: [UInt8]) {
            guard failure == nil, !bytes.isEmpty else { return }
            do { try handle.write(contentsOf: bytes) } catch { failure = error }
        }
        var header: [UInt8] = []
        if let source {
            header += "#source ".utf8
            append(source.digest, radix: 16, to: &header)
            header += " \(source.pages)\n".utf8
        }
        for (family, scope) in scopes.byFamily.sorted(by: { $0.key < $1.key }) {
            header += "#scope \(family) ".utf8
            append(scope, radix: 16, to: &header)
            header.append(0x0A)
        }
        write(header)
        lines(write)
        // Not synced: a manifest lost to a crash costs a full build, and one cut short records fewer files.
        try? handle.close()
        if let failure {
            try? FileManager.default.removeItem(atPath: temporary)
            throw failure
        }
        guard rename(temporary, file) == 0 else {
            let error = POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        }
    }

    /// `fingerprint(hex) size modified path` and a newline.
    static func appendLine(_ path: String, _ record: Record, to bytes: inout [UInt8]) {
        var path = path
        path.withUTF8 { appendLine($0, record, to: &bytes) }
    }

    /// `fingerprint(hex) size modified path` and a newline, the path given as UTF-8.
    static func appendLine(_ path: UnsafeBufferPointer<UInt8>, _ record: Record, to bytes: inout [UInt8]) {
        append(record.fingerprint, radix: 16, to: &bytes)
        bytes.append(0x20)
        append(UInt64(bitPattern: record.size), radix: 10, to: &bytes)
        bytes.append(0x20)
        append(UInt64(bitPattern: record.modified), radix: 10, to: &bytes)
        bytes.append(0x20)
        bytes.append(contentsOf: path)
        bytes.append(0x0A)
    }

    /// The digits of `value`, without making a string of them (a manifest can hold a million lines).
    private static func append(_ value: UInt64, radix: UInt64, to bytes: inout [UInt8]) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var rest = value
            var start = digits.count
            repeat {
                let digit = UInt8(rest % radix)
                start -= 1
                digits[start] = digit < 10 ? 0x30 + digit : 0x61 + digit - 10
                rest /= radix
            } while rest > 0
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[start...]))
        }
    }
}
