import Foundation
import Yams

/// Typed values. A value of the wrong type is one error at the value, "expected a list for 'commands', found a
/// number", and reads as absent.
extension YAMLReader {
    /// The document's root as a mapping.
    func document(_ root: Node) -> Node.Mapping? {
        guard case .mapping(let mapping) = root else {
            error("expected a mapping of keys to values, found \(Self.kind(of: root))", at: root)
            return nil
        }
        return mapping
    }

    /// A mapping under `key`.
    func mapping(_ node: Node, key: String) -> Node.Mapping? {
        guard case .mapping(let mapping) = node else {
            error("expected a mapping for '\(key)', found \(Self.kind(of: node))", at: node)
            return nil
        }
        return mapping
    }

    /// A scalar as text; numbers are accepted as their written form (`code: 250`).
    func string(_ node: Node?, key: String) -> String? {
        guard let node else { return nil }
        guard case .scalar(let scalar) = node else {
            error("expected a string for '\(key)', found \(Self.kind(of: node))", at: node)
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
            let found = if case .scalar(let scalar) = node { "'\(scalar.string)'" } else { Self.kind(of: node) }
            error("expected true or false for '\(key)', found \(found)", at: node)
            return nil
        }
        return value
    }

    /// The items of a list; a single value is not silently taken as a list of one.
    func sequence(_ node: Node?, key: String) -> [Node]? {
        guard let node else { return nil }
        guard case .sequence(let sequence) = node else {
            error("expected a list for '\(key)', found \(Self.kind(of: node))", at: node)
            return nil
        }
        return Array(sequence)
    }

    /// A list of scalars.
    func stringList(_ node: Node?, key: String) -> [String]? {
        guard let items = sequence(node, key: key) else { return nil }
        var values: [String] = []
        for item in items {
            guard case .scalar(let scalar) = item else {
                error("expected a string for each item of '\(key)', found \(Self.kind(of: item))", at: item)
                return nil
            }
            values.append(scalar.string)
        }
        return values
    }

    /// A list of mappings.
    func mappingList(_ node: Node?, key: String) -> [(Node, Node.Mapping)]? {
        guard let items = sequence(node, key: key) else { return nil }
        var result: [(Node, Node.Mapping)] = []
        for item in items {
            guard case .mapping(let mapping) = item else {
                error("expected a mapping for each item of '\(key)', found \(Self.kind(of: item))", at: item)
                return nil
            }
            result.append((item, mapping))
        }
        return result
    }

    /// What a value is, as a person who wrote it would call it: "a list", "a mapping", "a number", "a string".
    static func kind(of node: Node) -> String {
        switch node {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        case .scalar(let scalar):
            guard scalar.style == .plain else { return "a string" }
            if ["", "~", "null", "Null", "NULL"].contains(scalar.string) { return "nothing" }
            if Int.construct(from: scalar) != nil || Double.construct(from: scalar) != nil { return "a number" }
            if Bool.construct(from: scalar) != nil { return "a boolean" }
            return "a string"
        }
    }
}

extension Node.Mapping {
    /// The value of the key spelled `key` (the last one, as `self[key]` finds it), without resolving every key's
    /// tag on the way: Yams compares keys by resolved tag, a regular-expression match per key and lookup. The keys
    /// looked up are words, which resolve to strings whatever their tag would be.
    subscript(key key: String) -> Node? {
        for (name, value) in self.reversed() {
            if case .scalar(let scalar) = name, scalar.string == key { return value }
        }
        return nil
    }
}
