/// A problem found in content or templates, located as precisely as known.
public struct Diagnostic: Sendable, Hashable, Comparable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable {
        case error, warning
    }

    public var severity: Severity
    public var path: String
    public var line: Int?
    public var column: Int?
    public var message: String

    public init(_ severity: Severity, _ message: String, path: String, line: Int? = nil, column: Int? = nil) {
        self.severity = severity
        self.message = message
        self.path = path
        self.line = line
        self.column = column
    }

    public static func error(_ message: String, path: String, line: Int? = nil, column: Int? = nil) -> Diagnostic {
        Diagnostic(.error, message, path: path, line: line, column: column)
    }

    public static func warning(_ message: String, path: String, line: Int? = nil, column: Int? = nil) -> Diagnostic {
        Diagnostic(.warning, message, path: path, line: line, column: column)
    }

    /// `path:line:column: error: message`, omitting what is unknown.
    public var description: String {
        var location = path
        if let line {
            location += ":\(line)"
            if let column { location += ":\(column)" }
        }
        return "\(location): \(severity.rawValue): \(message)"
    }

    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        if lhs.path != rhs.path { return lhs.path < rhs.path }
        if (lhs.line ?? 0) != (rhs.line ?? 0) { return (lhs.line ?? 0) < (rhs.line ?? 0) }
        if (lhs.column ?? 0) != (rhs.column ?? 0) { return (lhs.column ?? 0) < (rhs.column ?? 0) }
        return lhs.message < rhs.message
    }
}

extension Array where Element == Diagnostic {
    public var hasErrors: Bool { contains { $0.severity == .error } }
    public var errorCount: Int { filter { $0.severity == .error }.count }
    public var warningCount: Int { filter { $0.severity == .warning }.count }
}
