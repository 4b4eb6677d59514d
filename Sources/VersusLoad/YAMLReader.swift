import Yams
import VersusDiagnostics
import VersusModel

/// One YAML text and typed access to its values, reporting every problem as one line at the place in the file a
/// person must edit: `path:line:column: error: message`.
package struct YAMLReader {
    let path: String
    /// Added to the parser's line numbers (front matter starts below the `---` line).
    let lineOffset: Int
    let sink: DiagnosticSink
    private let text: String
    private let positions: YAMLPositions

    /// `text` is the YAML alone (for front matter, the lines between the `---` lines), already decoded by
    /// `SourceText` (no byte order mark, line feeds only), whose first line is line `lineOffset + 1` of `path`.
    init(text: String, path: String, lineOffset: Int, sink: DiagnosticSink) {
        self.text = text
        self.path = path
        self.lineOffset = lineOffset
        self.sink = sink
        positions = YAMLPositions(text)
    }

    /// The document (an empty mapping for an empty text), or nil after reporting a syntax error or every repeated
    /// key ("duplicate key 'title' (first at line 2)", at the repeat).
    func parse() -> Node? {
        switch YAMLComposer.compose(text, positions: positions) {
        case .document(let root):
            return root
        case .repeatedKeys(let repeats):
            for repeated in repeats {
                let (line, column) = positions.location(of: repeated.mark)
                let first = repeated.first.map { " (first at line \(positions.location(of: $0).line + lineOffset))" } ?? ""
                sink.error("duplicate key '\(repeated.key)'\(first)", path: path, line: line + lineOffset, column: column)
            }
            return nil
        case .syntaxError(let error):
            let problem = YAMLSyntaxProblem(error, text: text, positions: positions)
            let location = problem.index.map { positions.location(of: $0) }
            sink.error(problem.message, path: path, line: location.map { $0.line + lineOffset }, column: location?.column)
            return nil
        }
    }

    func line(of node: Node?) -> Int? { node?.mark.map { positions.location(of: $0).line + lineOffset } }
    func column(of node: Node?) -> Int? { node?.mark.map { positions.location(of: $0).column } }

    func error(_ message: String, at node: Node?) {
        sink.error(message, path: path, line: line(of: node), column: column(of: node))
    }

    func warning(_ message: String, at node: Node?) {
        sink.warning(message, path: path, line: line(of: node), column: column(of: node))
    }

    /// Warns about keys outside `allowed`, suggesting the closest known key.
    func checkKeys(_ mapping: Node.Mapping, allowed: [String], what: String) {
        for (keyNode, _) in mapping {
            guard let key = keyNode.string, !allowed.contains(key) else { continue }
            var message = "unknown \(what) key '\(key)'"
            if let suggestion = Spelling.closest(to: key, among: allowed) {
                message += "; did you mean '\(suggestion)'?"
            }
            warning(message, at: keyNode)
        }
    }
}
