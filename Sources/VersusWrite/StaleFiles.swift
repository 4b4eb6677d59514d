import Foundation
import VersusDiagnostics
import VersusFiles

/// Removes files of an earlier build that this build no longer produces.
package enum StaleFiles {
    /// Deletes each of `paths` (relative to `output`) that exists; never any other file. Returns how many were removed;
    /// throws `BuildFailure.io` naming the first file that cannot be removed.
    package static func remove(_ paths: [String], in output: String) throws -> Int {
        var removed = 0
        for path in paths {
            let absolute = (output as NSString).appendingPathComponent(path)
            guard FileManager.default.fileExists(atPath: absolute) else { continue }
            do {
                try FileManager.default.removeItem(atPath: absolute)
                removed += 1
            } catch {
                throw BuildFailure.io(path: DisplayPath.of(absolute), message: "cannot remove a stale page: \(SystemError.reason(error))")
            }
        }
        return removed
    }
}
