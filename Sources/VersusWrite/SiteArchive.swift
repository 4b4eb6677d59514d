import Foundation
import ZIPFoundation
import VersusDiagnostics
import VersusFiles

/// Packs the built site into one zip for offline reading; deterministic: sorted entries, fixed times and modes.
public enum SiteArchive {
    /// 1980-01-01, the earliest time a zip entry can hold.
    static let entryDate = DateComponents(calendar: Calendar(identifier: .gregorian), timeZone: TimeZone(identifier: "UTC"),
                                          year: 1980, month: 1, day: 1).date!

    /// Refuses an archive path inside the output folder, where the next build would pack the archive into itself:
    /// throws `BuildFailure.usage`.
    public static func check(archive: String, outputDirectory: String) throws {
        let output = FilePaths.resolved(outputDirectory)
        let target = FilePaths.resolved((archive as NSString).deletingLastPathComponent) + "/" + (archive as NSString).lastPathComponent
        if target.hasPrefix(output + "/") {
            throw BuildFailure.usage("refusing to write the archive \(DisplayPath.of(archive)) inside the output folder \(DisplayPath.of(outputDirectory))")
        }
    }

    /// Writes `site/` as `archive`, every entry under a top folder named after the archive, atomically; throws
    /// `BuildFailure.usage` (see `check`) or `BuildFailure.io`.
    public static func write(site: String, to archive: String) throws {
        try check(archive: archive, outputDirectory: site)
        let top = ((archive as NSString).lastPathComponent as NSString).deletingPathExtension
        let temporary = archive + ".\(getpid()).tmp"
        try? FileManager.default.removeItem(atPath: temporary)
        do {
            let zip = try Archive(url: URL(fileURLWithPath: temporary), accessMode: .create)
            for file in try files(in: site) {
                let data = try Data(contentsOf: URL(fileURLWithPath: (site as NSString).appendingPathComponent(file)))
                try zip.addEntry(with: "\(top)/\(file)", type: .file, uncompressedSize: Int64(data.count), modificationDate: entryDate,
                                 permissions: 0o644, compressionMethod: .deflate) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            if rename(temporary, archive) != 0 { throw SystemError(code: errno) }
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw BuildFailure.io(path: DisplayPath.of(archive), message: "cannot write the archive: \(SystemError.reason(error))")
        }
    }

    private static func files(in folder: String) throws -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        var result: [String] = []
        for case let relative as String in enumerator {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent(relative), isDirectory: &isDirectory),
               !isDirectory.boolValue, !AtomicFile.isTemporaryName((relative as NSString).lastPathComponent) {
                result.append(relative)
            }
        }
        return result.sorted()
    }
}
