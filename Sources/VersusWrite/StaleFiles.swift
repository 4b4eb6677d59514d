import Foundation
import VersusDiagnostics
import VersusFiles

/// Removes files of an earlier build that this build no longer produces.
package enum StaleFiles {
    /// Deletes each of `paths` (relative to `output`) that exists; never any other file. Returns how many were removed;
    /// throws `BuildFailure.io` naming the first file that cannot be removed.
    /// A folder left empty by the removals (a language or family dropped) goes too, as a clean build would not have
    /// it; a folder holding anything else stays.
    package static func remove(_ paths: [String], in output: String) throws -> Int {
        var removed = 0
        var emptied: Set<String> = []
        for path in paths {
            let absolute = (output as NSString).appendingPathComponent(path)
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: absolute, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            do {
                try FileManager.default.removeItem(atPath: absolute)
                removed += 1
            } catch {
                throw BuildFailure.io(path: DisplayPath.of(absolute), message: "cannot remove a stale page: \(SystemError.reason(error))")
            }
            var folder = (path as NSString).deletingLastPathComponent
            while !folder.isEmpty {
                emptied.insert(folder)
                folder = (folder as NSString).deletingLastPathComponent
            }
        }
        // Deepest first, so a folder whose only content was emptied folders is empty when its turn comes.
        for folder in emptied.sorted(by: { $0.count > $1.count }) {
            let absolute = (output as NSString).appendingPathComponent(folder)
            if (try? FileManager.default.contentsOfDirectory(atPath: absolute))?.isEmpty == true {
                try? FileManager.default.removeItem(atPath: absolute)
            }
        }
        return removed
    }
}
