import Yams

/// `Yams.compose` with every repeated key found, each with the place of its first occurrence.
///
/// Yams refuses a mapping with a repeated key, naming only the key and the mark of its first occurrence, and stops
/// there. So the first occurrence is renamed in the text (same length, a private-use character no key can hold)
/// and the text composed again, until it composes; the repeats are then the keys that meet their renamed first.
enum YAMLComposer {
    struct RepeatedKey {
        var key: String
        /// Where the key is written again: the line to edit.
        var mark: Mark
        /// Where it was first written; nil when the first occurrence could not be renamed to find the repeat
        /// (`mark` is then the first occurrence).
        var first: Mark?
    }

    enum Outcome {
        case document(Node)
        case repeatedKeys([RepeatedKey])
        case syntaxError(Error)
    }

    /// More renames than any hand-written file needs; past them the remaining repeat is reported where Yams saw it.
    private static let renameLimit = 64

    static func compose(_ text: String, positions: YAMLPositions) -> Outcome {
        var scalars = positions.scalars
        var renamed: [String: String] = [:]
        var current = text
        var lastSeen: RepeatedKey?
        while true {
            do {
                // The basic resolver tags every plain scalar as a string without trying a regular expression per
                // scalar: values are read as text and typed by `YAMLReader`, so a tag is never asked for.
                let root = try Yams.compose(yaml: current, .basic, .default, .utf8) ?? Node.mapping(.init([]))
                guard let lastSeen else { return .document(root) }
                let repeats = repeatedKeys(in: root, renamed: renamed)
                return .repeatedKeys(repeats.isEmpty ? [lastSeen] : repeats)
            } catch YamlError.duplicatedKeysInMapping(let keys, let context) {
                let key = keys.first ?? ""
                lastSeen = RepeatedKey(key: key, mark: context.mark, first: nil)
                guard renamed.count < renameLimit, let range = keyRange(key, at: context.mark, in: scalars, positions: positions),
                      let standIn = standIn(length: range.count, avoiding: scalars) else {
                    return .repeatedKeys([RepeatedKey(key: key, mark: context.mark, first: nil)])
                }
                scalars.replaceSubrange(range, with: standIn.unicodeScalars)
                renamed[standIn] = key
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars)
                current = String(view)
            } catch {
                return .syntaxError(error)
            }
        }
    }

    /// Where `key` is written at `mark` (inside its quotes when quoted), or nil when the text there is not the key
    /// as written (escapes, a tag or an anchor before it): renaming is then not safe.
    private static func keyRange(_ key: String, at mark: Mark, in scalars: [Unicode.Scalar], positions: YAMLPositions) -> Range<Int>? {
        var start = positions.index(of: mark)
        if start < scalars.count, scalars[start] == "\"" || scalars[start] == "'" { start += 1 }
        let written = Array(key.unicodeScalars)
        guard !written.isEmpty, start + written.count <= scalars.count,
              Array(scalars[start..<start + written.count]) == written else { return nil }
        return start..<start + written.count
    }

    /// `length` copies of a private-use character the text does not contain (so not an earlier stand-in either).
    private static func standIn(length: Int, avoiding scalars: [Unicode.Scalar]) -> String? {
        let unused = (0xE000...0xF8FF).lazy.compactMap { Unicode.Scalar(UInt32($0)) }.first { !scalars.contains($0) }
        return unused.map { String(repeating: String($0), count: length) }
    }

    /// Every key of a mapping written after an equal one, in document order; `renamed` maps stand-ins back.
    private static func repeatedKeys(in root: Node, renamed: [String: String]) -> [RepeatedKey] {
        var found: [RepeatedKey] = []
        var seen = Set<String>()
        // Aliases repeat whole subtrees; a budget keeps a file of nested aliases from taking forever.
        var budget = 100_000
        func walk(_ node: Node) {
            budget -= 1
            guard budget > 0 else { return }
            switch node {
            case .mapping(let mapping):
                var firsts: [String: Mark] = [:]
                for (keyNode, value) in mapping {
                    if case .scalar(let scalar) = keyNode, let mark = scalar.mark {
                        let key = renamed[scalar.string] ?? scalar.string
                        if let first = firsts[key] {
                            if seen.insert("\(mark.line):\(mark.column)").inserted { found.append(RepeatedKey(key: key, mark: mark, first: first)) }
                        } else {
                            firsts[key] = mark
                        }
                    }
                    walk(value)
                }
            case .sequence(let sequence):
                for item in sequence { walk(item) }
            case .scalar, .alias:
                break
            }
        }
        walk(root)
        return found
    }
}
