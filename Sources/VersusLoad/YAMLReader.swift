import Yams
import VersusDiagnostics
import VersusModel

/// Typed access to a YAML mapping that reports problems with the file and line they come from.
package struct YAMLReader {
    let path: String
    /// Added to the parser's line numbers (front matter starts below the `---` line).
    let lineOffset: Int
    let sink: DiagnosticSink

    /// Parses a YAML document; a syntax error is reported at the parser's line.
    func parse(_ text: String) -> Node? {
        do {
            return try Yams.compose(yaml: text) ?? Node.mapping(.init([]))
        } catch let error as YamlError {
            report(error, in: text)
            return nil
        } catch {
            sink.error("cannot parse YAML: \(error)", path: path)
            return nil
        }
    }

    private func report(_ error: YamlError, in text: String) {
        switch error {
        case .duplicatedKeysInMapping(let duplicates, let context):
            for key in duplicates {
                let (line, column) = Self.repeatedKey(key, in: text, after: context.mark) ?? (context.mark.line, context.mark.column)
                sink.error("'\(key)' appears more than once in this mapping; keep one", path: path, line: line + lineOffset, column: column)
            }
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let detail = context.map { "\(problem) \($0.text)" } ?? problem
            sink.error("invalid YAML: \(detail)", path: path, line: mark.line + lineOffset, column: mark.column)
        default:
            sink.error("invalid YAML: \(error)", path: path)
        }
    }

    /// Where `key` is written again at the indentation of its first occurrence, the line a person must edit.
    private static func repeatedKey(_ key: String, in text: String, after first: Mark) -> (Int, Int)? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard first.line >= 1 else { return nil }
        let indent = String(repeating: " ", count: max(first.column - 1, 0))
        for index in first.line..<lines.count {
            let line = lines[index]
            for form in [key, "\"\(key)\"", "'\(key)'"] where line.hasPrefix(indent + form) {
                let rest = line.dropFirst(indent.count + form.count).drop { $0 == " " || $0 == "\t" }
                if rest.hasPrefix(":") { return (index + 1, first.column) }
            }
        }
        return nil
    }

    func line(of node: Node?) -> Int? { node?.mark.map { $0.line + lineOffset } }
    func column(of node: Node?) -> Int? { node?.mark?.column }

    func error(_ message: String, at node: Node?) {
        sink.error(message, path: path, line: line(of: node), column: column(of: node))
    }

    func warning(_ message: String, at node: Node?) {
        sink.warning(message, path: path, line: line(of: node), column: column(of: node))
    }

    /// The document root as a mapping, or an error.
    func mapping(_ node: Node, what: String) -> Node.Mapping? {
        guard case .mapping(let mapping) = node else {
            error("\(what) must be a mapping of keys to values", at: node)
            return nil
        }
        return mapping
    }

    /// A scalar as text; numbers are accepted as their written form (`code: 250`).
    func string(_ node: Node?, key: String) -> String? {
        guard let node else { return nil }
        guard case .scalar(let scalar) = node else {
            error("'\(key)' must be a single value, not a list or mapping", at: node)
            return nil
        }
        return scalar.string
    }

    func requiredString(_ mapping: Node.Mapping, _ key: String, in parent: Node) -> String? {
        guard let node = mapping[key] else {
            error("missing required field '\(key)'", at: parent)
            return nil
        }
        guard let value = string(node, key: key) else { return nil }
        if value.trimmingCharacters(in: .whitespaces).isEmpty {
            error("'\(key)' must not be empty", at: node)
            return nil
        }
        return value
    }

    func bool(_ node: Node?, key: String) -> Bool? {
        guard let node else { return nil }
        guard case .scalar(let scalar) = node, let value = Bool.construct(from: scalar) else {
            error("'\(key)' must be true or false", at: node)
            return nil
        }
        return value
    }

    /// A list of scalars; a single scalar is not silently accepted.
    func stringList(_ node: Node?, key: String) -> [String]? {
        guard let node else { return nil }
        guard case .sequence(let sequence) = node else {
            error("'\(key)' must be a list", at: node)
            return nil
        }
        var values: [String] = []
        for item in sequence {
            guard let value = string(item, key: key) else { return nil }
            values.append(value)
        }
        return values
    }

    /// A list of mappings.
    func mappingList(_ node: Node?, key: String) -> [(Node, Node.Mapping)]? {
        guard let node else { return nil }
        guard case .sequence(let sequence) = node else {
            error("'\(key)' must be a list", at: node)
            return nil
        }
        var items: [(Node, Node.Mapping)] = []
        for item in sequence {
            guard case .mapping(let mapping) = item else {
                error("each item of '\(key)' must be a mapping", at: item)
                return nil
            }
            items.append((item, mapping))
        }
        return items
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
