import Foundation
import VersusDiagnostics
import VersusFiles
import VersusModel
import VersusLoad
import VersusMarkdown
import VersusMustache
import VersusPlan
import VersusRender
import VersusIncremental
import VersusWrite

/// Counts pages done across threads and reports at most every tenth of a second.
package final class ProgressCounter: @unchecked Sendable {
    private let lock = NSLock()
    private let total: Int
    private let report: (@Sendable (Int, Int) -> Void)?
    private var done = 0
    private var lastReport = DispatchTime.now().uptimeNanoseconds

    init(total: Int, report: (@Sendable (Int, Int) -> Void)?) {
        self.total = total
        self.report = report
    }

    func increment() {
        guard let report else { return }
        let due: Int? = lock.withLock {
            done += 1
            let now = DispatchTime.now().uptimeNanoseconds
            guard now - lastReport > 100_000_000 || done == total else { return nil }
            lastReport = now
            return done
        }
        if let due { report(due, total) }
    }
}
