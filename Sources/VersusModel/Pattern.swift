/// A sentence pattern with `{name}` placeholders, parsed once at load.
package struct Pattern: Sendable, Hashable {
    enum Segment: Sendable, Hashable {
        case text(String)
        case placeholder(String)
    }

    let segments: [Segment]

    init(segments: [Segment]) {
        self.segments = segments
    }

    package var placeholders: [String] {
        segments.compactMap { if case .placeholder(let name) = $0 { return name } else { return nil } }
    }

    /// Parses `source`; returns the offending column (1-based) on a malformed brace.
    package static func parse(_ source: String) -> Result<Pattern, PatternError> {
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
    package func fill(_ values: KeyValuePairs<String, String>) -> String { Self.fill(segments, values) }

    /// Fills the placeholders with `values` as given, and passes the pattern's own text through `text`
    /// (for example an HTML escaper).
    /// `value` likewise transforms each value filled in.
    package func fill(_ values: KeyValuePairs<String, String>, text: (String) -> String,
                      value: (String) -> String = { $0 }) -> String {
        Self.fill(segments, values, text: text, value: value)
    }

    private static func fill(_ segments: [Segment], _ values: KeyValuePairs<String, String>,
                             text: (String) -> String = { $0 }, value transform: (String) -> String = { $0 }) -> String {
        var result = ""
        result.reserveCapacity(160)
        for segment in segments {
            switch segment {
            case .text(let piece): result += text(piece)
            case .placeholder(let name):
                // A handful of values: a linear search beats hashing into a dictionary.
                for (key, value) in values where key == name {
                    result += transform(value)
                    break
                }
            }
        }
        return result
    }

    /// The same pattern with its own text passed through `transform` once (for example escaped for HTML), so that
    /// filling it often costs nothing more.
    package func mapText(_ transform: (String) -> String) -> Pattern {
        Pattern(segments: segments.map { segment in
            if case .text(let text) = segment { return .text(transform(text)) }
            return segment
        })
    }

    /// The pattern as written, placeholders included.
    package var source: String {
        segments.map { segment in
            switch segment {
            case .text(let text): return text
            case .placeholder(let name): return "{\(name)}"
            }
        }.joined()
    }
}

package struct PatternError: Error {
    var column: Int
    package var message: String
}
