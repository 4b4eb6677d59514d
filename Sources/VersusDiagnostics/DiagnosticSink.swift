import Foundation

/// Collects diagnostics while a stage walks its input; stages report, never throw, for content problems.
/// Safe to report into from several threads; readers sort what they get.
package final class DiagnosticSink: @unchecked Sendable {
    private var collected: [Diagnostic] = []
    private let lock = NSLock()

    package init() {}

    package var diagnostics: [Diagnostic] { lock.withLock { collected } }

    package func report(_ diagnostic: Diagnostic) {
        lock.withLock { collected.append(diagnostic) }
    }

    package func error(_ message: String, path: String, line: Int? = nil, column: Int? = nil) {
        report(.error(message, path: path, line: line, column: column))
    }

    package func warning(_ message: String, path: String, line: Int? = nil, column: Int? = nil) {
        report(.warning(message, path: path, line: line, column: column))
    }

    package var hasErrors: Bool { diagnostics.hasErrors }
}
