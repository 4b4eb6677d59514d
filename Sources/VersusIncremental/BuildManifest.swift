import Foundation
import VersusModel
import VersusMustache
import VersusFiles

/// What the last build wrote into an output folder: for each file, the fingerprint of its inputs and the size
/// and modification time it had. Kept in `.versus/` beside the content, never in the output, as lines of
/// `fingerprint(hex) size modified path`, the numbers written at a fixed width so that a build that changed a few
/// files rewrites their lines in place rather than the whole file. In memory a record is found by its line's
/// position when the last build wrote the same files in the same order (`match`), else by a 64-bit hash of its
/// path (`key`): a million paths held as strings would take more memory than the rest of a build, so the paths are
/// read from the file again on the rare occasions they are needed (`forEachRecord`).
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

    /// One record line of the file: the key of its path, its record, and where it starts in the file (as
    /// `-1 - offset` when its numbers are not at the fixed width, so it cannot be rewritten in place).
    struct Line {
        var key: UInt64
        var record: Record
        var offset: Int64
    }

    /// In the file's order.
    private var lines: [Line] = []
    /// The bytes before the first record line: the header lines.
    private var headerLength = 0

    /// How this build's files find their lines (see `match`): nil until matched.
    private enum Lookup {
        /// The last build wrote the same files in the same order: a file's line is at its position.
        case byPosition
        /// The line of each key.
        case byKey([UInt64: Int32])
    }
    private var lookup: Lookup?
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
        var lines: [Line] = []
        var headerLength: Int?
        Self.scan(file, header: { line, _ in
            if let source = Self.source(in: line) { self.source = source }
            if let (family, value) = Self.scope(in: line) { scopes[family] = value }
        }, record: { path, record, offset, fixed in
            if headerLength == nil { headerLength = Int(offset) }
            lines.append(Line(key: Self.key(utf8: path), record: record, offset: fixed ? offset : -1 - offset))
        })
        self.scopes = SourceScopes(byFamily: scopes)
        self.lines = lines
        self.headerLength = headerLength ?? -1
        isWrittenAtFixedWidth = lines.allSatisfy { $0.offset >= 0 }
    }

    /// False when a record's numbers are not at the fixed width: the manifest of a version of Versus before it.
    package private(set) var isWrittenAtFixedWidth = true

    /// Matches the last build's lines to this build's files, whose keys (`key(of:)` of their paths) are `keys`, in
    /// the order their records will be saved: by position when they are the same files in the same order, else by key.
    package mutating func match(_ keys: [UInt64]) {
        if keys.count == lines.count, zip(keys, lines).allSatisfy({ $0 == $1.key }) {
            lookup = .byPosition
            return
        }
        var lineOfKey: [UInt64: Int32] = [:]
        lineOfKey.reserveCapacity(lines.count)
        for (index, line) in lines.enumerated() { lineOfKey[line.key] = Int32(index) }
        lookup = .byKey(lineOfKey)
    }

    /// The last build's record of the file with key `key`, which is this build's `index`th (see `match`).
    func record(at index: Int, key: UInt64) -> Record? {
        if index < lines.count, lines[index].key == key { return lines[index].record }
        if case .byKey(let lineOfKey)? = lookup { return lineOfKey[key].map { lines[Int($0)].record } }
        return nil
    }

    /// True when the last build wrote exactly this build's files, in order (see `match`).
    var writesTheSameFiles: Bool {
        if case .byPosition? = lookup { return true }
        return false
    }

    /// The number of files the last build recorded.
    var recordCount: Int { lines.count }

    /// The key of a path's record: a stable 64-bit hash of it.
    package static func key(of path: String) -> UInt64 { StableHash.of([path]) }

    static func key(utf8 path: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = StableHash()
        hash.addText(path)
        return hash.value
    }

    /// The record of `path`, if the last build wrote it.
    package func record(for path: String) -> Record? {
        let key = Self.key(of: path)
        if case .byKey(let lineOfKey)? = lookup { return lineOfKey[key].map { lines[Int($0)].record } }
        return lines.first { $0.key == key }?.record
    }

    /// `.versus/manifest-<hash of the output folder>.txt` beside the content folder; one per part for a part of a
    /// site (`manifest-<hash>-2of3.txt`).
    package static func file(contentDirectory: String, outputDirectory: String, part: String? = nil) -> String {
        let folder = ((FilePaths.resolved(contentDirectory) as NSString).deletingLastPathComponent as NSString).appendingPathComponent(".versus")
        let key = String(StableHash.of([FilePaths.resolved(outputDirectory)]), radix: 16)
        return (folder as NSString).appendingPathComponent("manifest-\(key)\(part.map { "-" + $0 } ?? "").txt")
    }

    /// True when the last build left no record.
    package var isEmpty: Bool { lines.isEmpty }

    /// The file a build keeps beside its manifest `file` from its first write until its manifest is saved: found at
    /// the start of the next build, it tells that build the last one was killed or failed mid-write.
    /// It lists the files the build may create before its manifest records them (see `markUnfinished`), so that
    /// the next build can remove those it no longer makes.
    package static func unfinishedMarker(of file: String) -> String { file + ".unfinished" }

    /// Calls `body` with each path an unfinished marker lists (relative to the output folder, NUL-ended), reading the
    /// file a piece at a time; none when it cannot be read (or was left by a version of Versus whose markers listed
    /// nothing).
    package static func forEachPath(inUnfinishedMarker file: String, _ body: (String) -> Void) {
        guard let handle = FileHandle(forReadingAtPath: file) else { return }
        defer { try? handle.close() }
        var pending: [UInt8] = []
        while let data = try? handle.read(upToCount: 1 << 16), !data.isEmpty {
            pending.append(contentsOf: data)
            var start = 0
            while let end = pending[start...].firstIndex(of: 0) {
                body(String(decoding: pending[start..<end], as: UTF8.self))
                start = end + 1
            }
            pending.removeFirst(start)
        }
    }

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
        scan(file, header: { _, _ in }, record: { path, record, _, _ in
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
        // A manifest cut short (lost to a crash before the disk had it all) records fewer files than pages.
        return unchanged && files >= stored.pages ? (stored.pages, files) : nil
    }

    /// Calls `body` with each record of the manifest at `file` and its path, reading the file in pieces.
    package static func forEachRecord(in file: String, _ body: (String, Record) -> Void) {
        scan(file, header: { _, _ in }, record: { path, record, _, _ in body(String(decoding: path, as: UTF8.self), record) })
    }

    /// Reads `file` a piece at a time, handing header lines (`#…`) and parsed record lines to the closures with the
    /// offset of the line in the file (and for a record, whether its numbers are at the fixed width); lines that
    /// parse as neither are skipped. A manifest can hold a million lines, so none of this makes a string per line
    /// unless asked to.
    private static func scan(_ file: String, header: (UnsafeBufferPointer<UInt8>, Int64) -> Void,
                             record: (UnsafeBufferPointer<UInt8>, Record, Int64, Bool) -> Void) {
        guard let handle = FileHandle(forReadingAtPath: file) else { return }
        defer { try? handle.close() }
        var pending: [UInt8] = []
        var pendingOffset: Int64 = 0
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
                    let offset = pendingOffset + Int64(start)
                    if line.first == UInt8(ascii: "#") {
                        header(line, offset)
                    } else if !line.isEmpty {
                        parse(line) { path, parsed, fixed in record(path, parsed, offset, fixed) }
                    }
                    start = end + 1
                }
                consumed = min(start, buffer.count)
            }
            pending.removeFirst(consumed)
            pendingOffset += Int64(consumed)
            if atEnd { return }
        }
    }

    /// `fingerprint(hex) size modified path`; `body` learns whether the numbers are at the fixed width.
    private static func parse(_ line: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>, Record, Bool) -> Void) {
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
             Record(fingerprint: fingerprint, size: Int64(bitPattern: size), modified: Int64(bitPattern: modified)),
             index == recordPrefixWidth)
    }

    package enum Status {
        /// The last build did not write the file.
        case unknown
        /// Written from other inputs, or changed since.
        case outdated
        /// Written from the same inputs, and nobody changed the file since.
        case current
    }

    /// `key` is `key(of: path)` of this build's `index`th file (see `match`), `stamp` reads its stamp (called only
    /// when the fingerprints agree).
    func status(index: Int, key: UInt64, fingerprint: UInt64, stamp: () -> FileStamp?) -> Status {
        guard let record = record(at: index, key: key) else { return .unknown }
        guard record.fingerprint == fingerprint, let stamp = stamp(), stamp.size == record.size, stamp.modified == record.modified else {
            return .outdated
        }
        return .current
    }

    /// Writes a manifest to `file` a piece at a time, then puts it in place at once: `lines` calls its argument with
    /// pieces of record lines (`appendLine`). Throws when the file cannot be written.
    package static func save(file: String, source: Source?, scopes: SourceScopes, lines: (([UInt8]) -> Void) -> Void) throws {
        try replace(file) { write in
            write(Self.header(source: source, scopes: scopes))
            lines(write)
        }
    }

    /// Writes `file` whole from the pieces `body` hands its `write`, through a temporary file renamed into place.
    static func replace(_ file: String, _ body: (@escaping ([UInt8]) -> Void) -> Void) throws {
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
        body(write)
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

    /// The header lines: `#source <digest> <pages>` (dashes for no source) and `#scope <family> <value>` for each
    /// family, the numbers at a fixed width, so that the same families give a header of the same length.
    static func header(source: Source?, scopes: SourceScopes) -> [UInt8] {
        var header: [UInt8] = Array("#source ".utf8)
        if let source {
            append(source.digest, radix: 16, width: 16, to: &header)
            header.append(0x20)
            append(UInt64(max(0, source.pages)), radix: 10, width: 12, to: &header)
        } else {
            header += "---------------- ------------".utf8
        }
        header.append(0x0A)
        for (family, scope) in scopes.byFamily.sorted(by: { $0.key < $1.key }) {
            header += "#scope \(family) ".utf8
            append(scope, radix: 16, width: 16, to: &header)
            header.append(0x0A)
        }
        return header
    }

    /// The bytes of a record line before its path: three numbers at a fixed width and a space after each.
    static let recordPrefixWidth = 16 + 1 + 20 + 1 + 20 + 1

    /// `fingerprint(hex) size modified ` at the fixed width (`recordPrefixWidth` bytes).
    static func appendPrefix(_ record: Record, to bytes: inout [UInt8]) {
        append(record.fingerprint, radix: 16, width: 16, to: &bytes)
        bytes.append(0x20)
        append(UInt64(bitPattern: record.size), radix: 10, width: 20, to: &bytes)
        bytes.append(0x20)
        append(UInt64(bitPattern: record.modified), radix: 10, width: 20, to: &bytes)
        bytes.append(0x20)
    }

    /// Rewrites in place the records of the lines at `changes` (indices into the lines) and the header, when the
    /// file holds them at the fixed width and `header` has the length of the one in the file. Returns false, having
    /// written nothing, when it cannot.
    func rewriteInPlace(_ changes: [(line: Int, record: Record)], header: [UInt8]) -> Bool {
        guard header.count == headerLength, changes.allSatisfy({ lines[$0.line].offset >= 0 }) else { return false }
        let descriptor = open(file, O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var prefix: [UInt8] = []
        prefix.reserveCapacity(Self.recordPrefixWidth)
        for change in changes {
            prefix.removeAll(keepingCapacity: true)
            Self.appendPrefix(change.record, to: &prefix)
            guard pwrite(descriptor, prefix, prefix.count, off_t(lines[change.line].offset)) == prefix.count else { return false }
        }
        // The header last: a build cut short before it finds the last build's source, and so checks every file.
        return pwrite(descriptor, header, header.count, 0) == header.count
    }

    /// `fingerprint(hex) size modified path` and a newline.
    static func appendLine(_ path: String, _ record: Record, to bytes: inout [UInt8]) {
        var path = path
        path.withUTF8 { appendLine($0, record, to: &bytes) }
    }

    /// `fingerprint(hex) size modified path` and a newline, the path given as UTF-8.
    static func appendLine(_ path: UnsafeBufferPointer<UInt8>, _ record: Record, to bytes: inout [UInt8]) {
        appendPrefix(record, to: &bytes)
        bytes.append(contentsOf: path)
        bytes.append(0x0A)
    }

    /// The digits of `value`, `width` of them with leading zeros, without making a string of them (a manifest can
    /// hold a million lines).
    private static func append(_ value: UInt64, radix: UInt64, width: Int, to bytes: inout [UInt8]) {
        let start = bytes.count
        bytes.append(contentsOf: repeatElement(0x30, count: width))
        var rest = value
        var index = start + width
        while rest > 0, index > start {
            let digit = UInt8(rest % radix)
            index -= 1
            bytes[index] = digit < 10 ? 0x30 + digit : 0x61 + digit - 10
            rest /= radix
        }
    }
}
