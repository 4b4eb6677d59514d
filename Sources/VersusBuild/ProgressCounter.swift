import Foundation
import Synchronization
import VersusModel
import VersusLoad

/// Counts pages done across threads and reports at most every tenth of a second.
package final class ProgressCounter: Sendable {
    private struct State {
        var done = 0
        var lastReport = DispatchTime.now().uptimeNanoseconds
    }

    private let total: Int
    private let report: (@Sendable (Int, Int) -> Void)?
    private let state = Mutex(State())

    init(total: Int, report: (@Sendable (Int, Int) -> Void)?) {
        self.total = total
        self.report = report
    }

    /// Adds `count` pages done.
    func increment(by count: Int) {
        guard let report else { return }
        let due: Int? = state.withLock { state in
            state.done += count
            let now = DispatchTime.now().uptimeNanoseconds
            guard now - state.lastReport > 100_000_000 || state.done == total else { return nil }
            state.lastReport = now
            return state.done
        }
        if let due { report(due, total) }
    }
}
