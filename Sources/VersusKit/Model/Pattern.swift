/// A sentence pattern with `{name}` placeholders, parsed once at load.
public struct Pattern: Sendable, Hashable {
    enum Segment: Sendable, Hashable {
        case text(String)
        case placeholder(String)
    }

    let segments: [Segment]
    /// The same with the pattern's own text escaped for HTML, for `fillHTML`.
    let htmlSegments: [Segment]

    init(segments: [Segment]) {
        self.segments = segments
        htmlSegments = segments.map { segment in
            guard case .text(let text) = segment else { return segment }
            return .text(HTML.escape(text))
        }
    }

    public var placeholders: [String] {
        segments.compactMap { if case .placeholder(let name) = $0 { return name } else { return nil } }
    }

    /// Parses `source`; returns the offending column (1-based) on a malformed brace.
    static func parse(_ source: String) -> Result<Pattern, PatternError> {
        var segments: [Segment] = []
        var text = ""
        var index = source.startIndex
        var column = 1
        while index < source.endIndex {
            let character = source[index]
            if character == "{" {
                guard let close = source[index...].firstIndex(of: "}") else {
                    return .failure(PatternError(column: column, message: "unclosed '{'"))
                }
                let name = String(source[source.index(after: index)..<close])
                guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0 == "_" }) else {
                    return .failure(PatternError(column: column, message: "invalid placeholder '{\(name)}'"))
                }
                if !text.isEmpty { segments.append(.text(text)); text = "" }
                segments.append(.placeholder(name))
                column += name.count + 2
                index = source.index(after: close)
            } else if character == "}" {
                return .failure(PatternError(column: column, message: "unmatched '}'"))
            } else {
                text.append(character)
                column += 1
                index = source.index(after: index)
            }
        }
        if !text.isEmpty { segments.append(.text(text)) }
        return .success(Pattern(segments: segments))
    }

    /// Fills every placeholder; values were checked at load, so a missing one is a programming error.
    public func fill(_ values: KeyValuePairs<String, String>) -> String { Self.fill(segments, values) }

    /// Fills the placeholders with HTML, the pattern's own text escaped.
    func fillHTML(_ values: KeyValuePairs<String, String>) -> String { Self.fill(htmlSegments, values) }

    private static func fill(_ segments: [Segment], _ values: KeyValuePairs<String, String>) -> String {
        var result = ""
        result.reserveCapacity(160)
        for segment in segments {
            switch segment {
            case .text(let piece): result += piece
            case .placeholder(let name):
                // A handful of values: a linear search beats hashing into a dictionary.
                for (key, value) in values where key == name {
                    result += value
                    break
                }
            }
        }
        return result
    }

    /// The pattern as written, placeholders included.
    public var source: String {
        segments.map { segment in
            switch segment {
            case .text(let text): return text
            case .placeholder(let name): return "{\(name)}"
            }
        }.joined()
    }
}

struct PatternError: Error {
    var column: Int
    var message: String
}
