import Foundation
import VersusDiagnostics
import VersusFiles
import VersusModel
import VersusDefaults
import VersusLoad

/// `versus init`: writes the starter project (site.yml, English strings, one family, two entries).
public enum ProjectStarter {
    /// Creates the starter under `directory` and returns the paths written. Throws `BuildFailure.usage` rather than
    /// overwrite any existing file, `BuildFailure.io` when a file cannot be written.
    public static func create(in directory: String) throws -> [String] {
        let files = EmbeddedFiles.starter.sorted { $0.key < $1.key }
        for (relative, _) in files {
            let path = (directory as NSString).appendingPathComponent(relative)
            if FileManager.default.fileExists(atPath: path) {
                throw BuildFailure.usage("refusing to overwrite \(DisplayPath.of(path)); choose an empty folder")
            }
        }
        for (relative, bytes) in files {
            let path = (directory as NSString).appendingPathComponent(relative)
            do {
                try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try AtomicFile.write(bytes, to: path)
            } catch {
                throw BuildFailure.io(path: DisplayPath.of(path), message: SystemError.reason(error))
            }
        }
        return files.map { (directory as NSString).appendingPathComponent($0.key) }
    }
}
