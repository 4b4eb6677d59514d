/// A problem found in content or templates, located as precisely as known.
public struct Diagnostic: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// An error stops the build (exit 1) and leaves the previous site as it was; a warning is printed and the build goes on.
    public enum Severity: String, Sendable, Hashable {
        case error, warning
    }

    /// Whether the problem stops the build.
    public var severity: Severity
    /// The file, as `DisplayPath` shows it (relative to the working folder when inside it).
    public var path: String
    /// 1-based line in the file; nil when the problem concerns the whole file.
    public var line: Int?
    /// 1-based column, counted in characters; nil when unknown.
    public var column: Int?
    /// One line, starting in lower case, with no location in it.
    public var message: String

    /// A diagnostic at `path`, `line` and `column` (both 1-based when given). Line breaks and other control
    /// characters in `message` (a value quoted from the content may hold them) are shown escaped, as `\n`, so a
    /// diagnostic is always one line.
    public init(_ severity: Severity, _ message: String, path: String, line: Int? = nil, column: Int? = nil) {
        self.severity = severity
        self.message = Self.oneLine(message)
        self.path = path
        self.line = line
        self.column = column
    }

    /// An error: the build stops and writes nothing.
    public static func error(_ message: String, path: String, line: Int? = nil, column: Int? = nil) -> Diagnostic {
        Diagnostic(.error, message, path: path, line: line, column: column)
    }

    /// A warning: printed, and the build goes on.
    public static func warning(_ message: String, path: String, line: Int? = nil, column: Int? = nil) -> Diagnostic {
        Diagnostic(.warning, message, path: path, line: line, column: column)
    }

    /// `path:line:column: error: message`, omitting what is unknown; always one line.
    public var description: String {
        var location = Self.oneLine(path)
        if let line {
            location += ":\(line)"
            if let column { location += ":\(column)" }
        }
        return "\(location): \(severity.rawValue): \(Self.oneLine(message))"
    }

    /// `text` with line breaks shown as `\n` and other control characters as `\u{1B}`.
    static func oneLine(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                result += "\\n"
            } else if scalar == "\r" {
                result += "\\r"
            } else if isControl(scalar) {
                result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Characters that would break a diagnostic's line or drive the terminal; a tab stays.
    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar != "\t" && (scalar.properties.generalCategory == .control || scalar == "\u{2028}" || scalar == "\u{2029}")
    }

    /// By path, then line, then column (unknown ones first), then message: the order diagnostics are printed in.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        if lhs.path != rhs.path { return lhs.path < rhs.path }
        if (lhs.line ?? 0) != (rhs.line ?? 0) { return (lhs.line ?? 0) < (rhs.line ?? 0) }
        if (lhs.column ?? 0) != (rhs.column ?? 0) { return (lhs.column ?? 0) < (rhs.column ?? 0) }
        return lhs.message < rhs.message
    }
}

extension Array where Element == Diagnostic {
    /// True when any diagnostic is an error.
    public var hasErrors: Bool { contains { $0.severity == .error } }
    /// How many are errors.
    public var errorCount: Int { filter { $0.severity == .error }.count }
    /// How many are warnings.
    public var warningCount: Int { filter { $0.severity == .warning }.count }
}
