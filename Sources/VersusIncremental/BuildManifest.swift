import Foundation
import VersusModel
import VersusMustache
import VersusFiles

/// What the last build wrote into an output folder: for each file, the fingerprint of its inputs and the size
/// and modification time it had. Kept in `.versus/` beside the content, never in the output.
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

    package var records: [String: Record] = [:]
    package var source: Source?
    /// Each family's `SourceScopes` value at the last build: `#scope <family> <hex>` lines.
    package var scopes = SourceScopes(byFamily: [:])
    package let file: String

    package init(records: [String: Record] = [:], source: Source? = nil, file: String) {
        self.records = records
        self.source = source
        self.file = file
    }

    /// A manifest with no records, to be saved at `file`.
    package init(emptyAt file: String) { self.file = file }

    /// The manifest stored at `file` (see `file(contentDirectory:outputDirectory:)`); empty when there is none.
    package init(file: String) {
        self.file = file
        guard let data = FileManager.default.contents(atPath: file) else { return }
        let bytes = Array(data)
        source = Self.source(in: bytes)
        scopes = Self.scopes(in: bytes)
        records = Self.parse(bytes)
    }

    /// `.versus/manifest-<hash of the output folder>.txt` beside the content folder; one per part for a part of a
    /// site (`manifest-<hash>-2of3.txt`).
    package static func file(contentDirectory: String, outputDirectory: String, part: String? = nil) -> String {
        let folder = ((FilePaths.resolved(contentDirectory) as NSString).deletingLastPathComponent as NSString).appendingPathComponent(".versus")
        let key = String(StableHash.of([FilePaths.resolved(outputDirectory)]), radix: 16)
        return (folder as NSString).appendingPathComponent("manifest-\(key)\(part.map { "-" + $0 } ?? "").txt")
    }

    /// The source line of the manifest at `file`, read without reading the rest.
    package static func storedSource(file: String) -> Source? {
        guard let handle = FileHandle(forReadingAtPath: file) else { return nil }
        defer { try? handle.close() }
        return source(in: Array((try? handle.read(upToCount: 64)) ?? Data()))
    }

    /// `#source <digest hex> <pages>` on the first line.
    private static func source(in bytes: [UInt8]) -> Source? {
        let prefix = Array("#source ".utf8)
        guard bytes.starts(with: prefix) else { return nil }
        let line = bytes[prefix.count...].prefix { $0 != 0x0A }
        let fields = String(decoding: line, as: UTF8.self).split(separator: " ")
        guard fields.count == 2, let digest = UInt64(fields[0], radix: 16), let pages = Int(fields[1]) else { return nil }
        return Source(digest: digest, pages: pages)
    }

    /// The `#scope <family> <hex>` lines.
    private static func scopes(in bytes: [UInt8]) -> SourceScopes {
        var scopes: [String: UInt64] = [:]
        let prefix = Array("#scope ".utf8)
        for line in bytes.split(separator: 0x0A) where line.starts(with: prefix) {
            let fields = String(decoding: line.dropFirst(prefix.count), as: UTF8.self).split(separator: " ")
            if fields.count == 2, let value = UInt64(fields[1], radix: 16) { scopes[String(fields[0])] = value }
        }
        return SourceScopes(byFamily: scopes)
    }

    /// When the last build at `file` read sources with the same `digest`, reported no problem, and its files in
    /// `output` are as it left them, there is nothing to do: its page count and file count.
    package static func unchangedBuild(file: String, digest: UInt64, output: String) -> (pages: Int, files: Int)? {
        guard let stored = storedSource(file: file), stored.digest == digest else { return nil }
        let manifest = BuildManifest(file: file)
        guard manifest.source == stored, manifest.outputUnchanged(in: output) else { return nil }
        return (stored.pages, manifest.records.count)
    }

    /// True when every file of the last build is still there as it was written.
    package func outputUnchanged(in output: String) -> Bool {
        let entries = Array(records)
        let changed = Parallel.map(entries.count) { index in
            let (path, record) = entries[index]
            let stamp = FileStamp(path: output + "/" + path)
            return stamp?.size != record.size || stamp?.modified != record.modified
        }
        return !changed.contains(true)
    }

    /// Lines of `fingerprint(hex) size modified path`, parsed on bytes (a manifest can hold a million lines).
    private static func parse(_ bytes: [UInt8]) -> [String: Record] {
        var records: [String: Record] = [:]
        records.reserveCapacity(bytes.count / 60)
        var index = 0
        func number(radix: UInt64) -> UInt64? {
            var value: UInt64 = 0
            var digits = 0
            while index < bytes.count, bytes[index] != 0x20, bytes[index] != 0x0A {
                let byte = bytes[index]
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
        while index < bytes.count {
            let lineStart = index
            if let fingerprint = number(radix: 16), let size = number(radix: 10), let modified = number(radix: 10) {
                let pathStart = index
                while index < bytes.count, bytes[index] != 0x0A { index += 1 }
                records[String(decoding: bytes[pathStart..<index], as: UTF8.self)] =
                    Record(fingerprint: fingerprint, size: Int64(bitPattern: size), modified: Int64(bitPattern: modified))
            } else {
                index = lineStart
                while index < bytes.count, bytes[index] != 0x0A { index += 1 }
            }
            index += 1
        }
        return records
    }

    package enum Status {
        /// The last build did not write the file.
        case unknown
        /// Written from other inputs, or changed since.
        case outdated
        /// Written from the same inputs, and nobody changed the file since.
        case current
    }

    func status(of path: String, fingerprint: UInt64, in output: String) -> Status {
        guard let record = records[path] else { return .unknown }
        guard record.fingerprint == fingerprint,
              let stamp = FileStamp(path: output + "/" + path), stamp.size == record.size, stamp.modified == record.modified else {
            return .outdated
        }
        return .current
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

    /// Order does not matter to `parse`, so records are written as they come, with no sorting.
    package func save() throws {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(records.count * 64)
        if let source {
            bytes += "#source ".utf8
            Self.append(source.digest, radix: 16, to: &bytes)
            bytes += " \(source.pages)\n".utf8
        }
        for (family, scope) in scopes.byFamily.sorted(by: { $0.key < $1.key }) {
            bytes += "#scope \(family) ".utf8
            Self.append(scope, radix: 16, to: &bytes)
            bytes.append(0x0A)
        }
        for (path, record) in records {
            Self.append(record.fingerprint, radix: 16, to: &bytes)
            bytes.append(0x20)
            Self.append(UInt64(bitPattern: record.size), radix: 10, to: &bytes)
            bytes.append(0x20)
            Self.append(UInt64(bitPattern: record.modified), radix: 10, to: &bytes)
            bytes.append(0x20)
            bytes += path.utf8
            bytes.append(0x0A)
        }
        try FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try AtomicFile.write(bytes, to: file)
    }
}
