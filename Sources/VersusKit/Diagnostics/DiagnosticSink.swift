/// Collects diagnostics while a stage walks its input; stages report, never throw, for content problems.
public final class DiagnosticSink {
    public private(set) var diagnostics: [Diagnostic] = []

    public init() {}

    public func report(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    public func error(_ message: String, path: String, line: Int? = nil, column: Int? = nil) {
        report(.error(message, path: path, line: line, column: column))
    }

    public func warning(_ message: String, path: String, line: Int? = nil, column: Int? = nil) {
        report(.warning(message, path: path, line: line, column: column))
    }

    public var hasErrors: Bool { diagnostics.hasErrors }
}
