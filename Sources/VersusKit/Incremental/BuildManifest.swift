import Foundation

/// What the last build wrote into an output folder: for each file, the fingerprint of its inputs and the size
/// and modification time it had. Kept in `.versus/` beside the content, never in the output.
struct BuildManifest {
    struct Record: Equatable {
        var fingerprint: UInt64
        var size: Int64
        var modified: Int64
    }

    var records: [String: Record] = [:]
    let file: String

    /// The manifest of `output`, stored under `<content>/../.versus/`.
    init(contentDirectory: String, outputDirectory: String) {
        let folder = ((OutputGuard.resolved(contentDirectory) as NSString).deletingLastPathComponent as NSString).appendingPathComponent(".versus")
        let key = String(StableHash.of([OutputGuard.resolved(outputDirectory)]), radix: 16)
        file = (folder as NSString).appendingPathComponent("manifest-\(key).txt")
        guard let text = try? String(contentsOfFile: file, encoding: .utf8) else { return }
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: " ", maxSplits: 3)
            guard parts.count == 4, let fingerprint = UInt64(parts[0], radix: 16), let size = Int64(parts[1]), let modified = Int64(parts[2]) else { continue }
            records[String(parts[3])] = Record(fingerprint: fingerprint, size: size, modified: modified)
        }
    }

    /// True when `path` was written from the same inputs and nobody changed the file since.
    func isCurrent(_ path: String, fingerprint: UInt64, in output: String) -> Bool {
        guard let record = records[path], record.fingerprint == fingerprint else { return false }
        return Self.stamp(of: (output as NSString).appendingPathComponent(path)).map { $0.size == record.size && $0.modified == record.modified } ?? false
    }

    static func stamp(of path: String) -> (size: Int64, modified: Int64)? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return (Int64(info.st_size), Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec))
    }

    func save() throws {
        let lines = records.sorted { $0.key < $1.key }.map { "\(String($0.value.fingerprint, radix: 16)) \($0.value.size) \($0.value.modified) \($0.key)" }
        try FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try AtomicFile.write(Array((lines.joined(separator: "\n") + "\n").utf8), to: file)
    }
}
