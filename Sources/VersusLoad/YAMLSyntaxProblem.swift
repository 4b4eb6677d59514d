import Yams

/// A YAML parser error as one short line and the place a person has to edit.
///
/// Yams' `YamlError` describes itself over several lines, quoting the document; this keeps its problem and mark and
/// words the common mistakes (a tab in the indentation, an unclosed quote or bracket, a stray `:`, a line at the
/// wrong indentation) in terms of what to change, pointing at where the mistake is rather than where the parser
/// gave up.
struct YAMLSyntaxProblem {
    /// One line, starting with "YAML syntax error: ".
    var message: String
    /// Index into the text's scalars; nil when the parser gave no position.
    var index: Int?

    init(_ message: String, at index: Int?) {
        self.message = "YAML syntax error: " + message
        self.index = index
    }

    init(_ error: Error, text: String, positions: YAMLPositions) {
        guard let error = error as? YamlError else {
            self.init("the file could not be read as YAML (\(error))", at: nil)
            return
        }
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            self = Self.located(problem: problem, mark: mark, context: context, positions: positions)
        case .reader(let problem, let offset, let value, _):
            var index: Int?
            if let offset, let position = text.index(text.startIndex, offsetBy: offset, limitedBy: text.endIndex) {
                index = text.unicodeScalars.distance(from: text.startIndex, to: position)
            }
            if problem == "control characters are not allowed", let scalar = Unicode.Scalar(UInt32(bitPattern: value)) {
                self.init("control character \(Self.codePoint(scalar)) is not allowed", at: index)
            } else {
                self.init(problem, at: index)
            }
        default:
            self.init("the file could not be read as YAML (\(error))", at: nil)
        }
    }

    private static func located(problem: String, mark: Mark, context: YamlError.Context?,
                                positions: YAMLPositions) -> YAMLSyntaxProblem {
        let index = positions.index(of: mark)
        let contextIndex = context.map { positions.index(of: $0.mark) }
        let contextText = context?.text ?? ""
        if problem.contains("tab character") || positions.scalar(at: index) == "\t" {
            return YAMLSyntaxProblem("found a tab character where indentation is expected", at: index)
        }
        if contextText == "while scanning a quoted scalar", let contextIndex {
            return YAMLSyntaxProblem("the quoted value that starts here is not closed", at: contextIndex)
        }
        if let open = QuoteScan(positions: positions).openQuote(before: index) {
            return YAMLSyntaxProblem("the quoted value that starts here is not closed", at: open)
        }
        if let contextIndex, contextText == "while parsing a flow sequence" || contextText == "while parsing a flow mapping" {
            let (open, close, what) = contextText.hasSuffix("sequence") ? ("[", "]", "list") : ("{", "}", "mapping")
            return YAMLSyntaxProblem("the \(what) opened with '\(open)' here is not closed with '\(close)' (or lacks a ',' between items)",
                                     at: contextIndex)
        }
        if contextText == "while scanning a simple key", let contextIndex {
            return YAMLSyntaxProblem("expected ':' after this key", at: contextIndex)
        }
        switch problem {
        case "mapping values are not allowed in this context":
            return YAMLSyntaxProblem("':' is not allowed here; quote a value that contains ': ', or fix the indentation", at: index)
        case "did not find expected key":
            return YAMLSyntaxProblem("bad indentation: expected a 'key: value' line here", at: index)
        case "did not find expected '-' indicator":
            return YAMLSyntaxProblem("bad indentation: expected a '- ' list item here", at: index)
        case "did not find expected <document start>":
            return YAMLSyntaxProblem("bad indentation: this line is outside the document's top-level mapping", at: index)
        case "block sequence entries are not allowed in this context":
            return YAMLSyntaxProblem("a '- ' list item is not allowed here; put it on its own line below its key", at: index)
        case "but found another document":
            return YAMLSyntaxProblem("a second YAML document starts here ('---'); this file holds one", at: index)
        case "found undefined alias":
            return YAMLSyntaxProblem("'*' starts an alias of an anchor that does not exist; quote a value that starts with '*'", at: index)
        case "found character that cannot start any token":
            let character = positions.scalar(at: index).map { "'\($0)'" } ?? "this character"
            return YAMLSyntaxProblem("a value cannot start with \(character); quote it", at: index)
        default:
            return YAMLSyntaxProblem(contextText.isEmpty ? problem : "\(problem) \(contextText)", at: index)
        }
    }

    private static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}

/// Finds the quoted value a parser error comes from: a quote that opens a value, runs past the end of its line and
/// is closed, if at all, only on the line where the parser gave up (where its closing quote is really the opening
/// quote of a later value).
private struct QuoteScan {
    let positions: YAMLPositions
    private var scalars: [Unicode.Scalar] { positions.scalars }

    func openQuote(before problem: Int) -> Int? {
        let problemLineStart = positions.lineBounds(of: problem).start
        var lineStart = 0
        while lineStart <= problem, lineStart < scalars.count {
            let lineEnd = positions.lineBounds(of: lineStart).end
            guard let open = valueQuote(from: lineStart, to: lineEnd) else {
                lineStart = lineEnd + 1
                continue
            }
            let close = closingQuote(after: open)
            if let close, close < lineEnd {
                lineStart = lineEnd + 1
                continue
            }
            if close.map({ $0 >= problemLineStart }) ?? true { return open }
            lineStart = positions.lineBounds(of: close!).end + 1
        }
        return nil
    }

    /// The first quote on the line that starts a value: first on the line, or after `:`, `-`, `[`, `{` or `,`.
    private func valueQuote(from start: Int, to end: Int) -> Int? {
        var previous: Unicode.Scalar?
        for index in start..<end {
            let scalar = scalars[index]
            if scalar == " " || scalar == "\t" { continue }
            if scalar == "#" && (previous == nil || index > start && scalars[index - 1] == " ") { return nil }
            if scalar == "\"" || scalar == "'" {
                if previous == nil || [":", "-", "[", "{", ","].contains(previous!) { return index }
                return nil
            }
            previous = scalar
        }
        return nil
    }

    private func closingQuote(after open: Int) -> Int? {
        let quote = scalars[open]
        var index = open + 1
        while index < scalars.count {
            let scalar = scalars[index]
            if quote == "\"" && scalar == "\\" {
                index += 2
                continue
            }
            if scalar == quote {
                if quote == "'", index + 1 < scalars.count, scalars[index + 1] == "'" {
                    index += 2
                    continue
                }
                return index
            }
            index += 1
        }
        return nil
    }
}
