import Foundation
import Synchronization

/// Collects diagnostics while a stage walks its input; stages report, never throw, for content problems.
/// Safe to report into from several threads; readers sort what they get.
package final class DiagnosticSink: Sendable {
    private let collected = Mutex<[Diagnostic]>([])

    package init() {}

    package var diagnostics: [Diagnostic] { collected.withLock { $0 } }

    package func report(_ diagnostic: Diagnostic) {
        collected.withLock { $0.append(diagnostic) }
    }

    package func error(_ message: String, path: String, line: Int? = nil, column: Int? = nil) {
        report(.error(message, path: path, line: line, column: column))
    }

    package func warning(_ message: String, path: String, line: Int? = nil, column: Int? = nil) {
        report(.warning(message, path: path, line: line, column: column))
    }

    package var hasErrors: Bool { diagnostics.hasErrors }
}
