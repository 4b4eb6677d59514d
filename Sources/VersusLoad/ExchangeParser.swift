import Yams
import VersusModel

/// What a `_family.yml` says of its exchange, before families are tied together.
package enum ExchangeDeclaration {
    /// `exchange: none`, or no `exchange` key.
    case none
    /// Steps of its own; their labels are in the family text.
    case own(Exchange)
    /// `exchange: <family id>`: drawn on that family's exchange.
    case lent(from: String, line: Int?, column: Int?)
}

/// Reads the `exchange` of `_family.yml` and the step labels of its translations (docs/content-format.md,
/// "Protocol exchange").
struct ExchangeParser {
    let yaml: YAMLReader

    /// The declaration and the default-language step labels by key. `classKeys` are the family's class keys, which a
    /// step's `classes` must name.
    func parse(_ node: Node?, classKeys: [String]) -> (ExchangeDeclaration, [String: String]) {
        guard let node else { return (.none, [:]) }
        if case .scalar = node, let value = yaml.string(node, key: "exchange") {
            if value == "none" { return (.none, [:]) }
            guard Identifiers.isSafeFamilyID(value) else {
                yaml.error("'exchange' must be a mapping with 'steps', 'none', or the id of the family whose exchange this one is drawn on, not '\(value)'", at: node)
                return (.none, [:])
            }
            return (.lent(from: value, line: yaml.line(of: node), column: yaml.column(of: node)), [:])
        }
        guard case .mapping(let map) = node else {
            yaml.error("expected a mapping with 'steps', 'none', or a family id for 'exchange', found \(YAMLReader.kind(of: node))", at: node)
            return (.none, [:])
        }
        yaml.checkKeys(map, allowed: ["steps"], what: "'exchange'")
        guard let items = yaml.mappingList(map[key: "steps"], key: "steps") else {
            if map[key: "steps"] == nil { yaml.error("'exchange' needs a 'steps' list", at: node) }
            return (.none, [:])
        }
        if items.isEmpty { yaml.error("'steps' is empty: list the steps of a session, or write 'exchange: none'", at: map[key: "steps"]) }
        var steps: [Exchange.Step] = []
        var labels: [String: String] = [:]
        for (itemNode, item) in items {
            yaml.checkKeys(item, allowed: ["key", "from", "label", "commands", "classes"], what: "'steps' item")
            guard let key = stepKey(item, itemNode, seen: labels) else { continue }
            // A step with a mistake in it is still kept, so that entries placed on it get no misleading errors.
            let label = self.label(item["label"], required: itemNode) ?? key
            var side = Exchange.Side.client
            if let raw = yaml.requiredString(item, "from", in: itemNode) {
                if let value = Exchange.Side(rawValue: raw) { side = value } else {
                    yaml.error("'from' must be 'client' or 'server', not '\(raw)'", at: item["from"])
                }
            }
            let commands = yaml.stringList(item["commands"], key: "commands") ?? []
            if case .sequence(let commandNodes)? = item["commands"] {
                for (index, command) in commands.enumerated() where commands[..<index].contains(command) {
                    yaml.error("step '\(key)' lists '\(command)' twice", at: commandNodes[index])
                }
            }
            var classes: [String]?
            if let node = item["classes"], let items = yaml.sequence(node, key: "classes") {
                classes = []
                for classNode in items {
                    guard let value = yaml.string(classNode, key: "classes") else { continue }
                    if classKeys.contains(value) { classes?.append(value) } else {
                        let keys = classKeys.map { "\"\($0)\"" }.joined(separator: ", ")
                        yaml.error("'classes' names '\(value)', which is not a class of this family (\(keys))", at: classNode)
                    }
                }
                if items.isEmpty { yaml.error("'classes' is empty: list the classes the step takes, or leave the key out", at: node) }
            }
            labels[key] = label
            steps.append(Exchange.Step(key: key, from: side, commands: commands, classes: classes))
        }
        if steps.isEmpty { return (.none, labels) }
        return (.own(Exchange(steps: steps)), labels)
    }

    /// A step's key: required, of `[a-z0-9-]`, not seen before.
    private func stepKey(_ item: Node.Mapping, _ itemNode: Node, seen: [String: String]) -> String? {
        guard let key = yaml.requiredString(item, "key", in: itemNode) else { return nil }
        guard Identifiers.matches(key, "^[a-z0-9][a-z0-9-]*$") else {
            yaml.error("step key '\(key)' may only use lower-case letters, digits and '-'", at: item["key"])
            return nil
        }
        if seen[key] != nil {
            yaml.error("'steps' defines '\(key)' twice", at: item["key"])
            return nil
        }
        return key
    }

    /// The longest label that fits the diagram beside its arrows, in characters.
    static let labelLength = 40

    /// A step label: one line, not empty (required in the default file, where `required` is the step's node); a long
    /// one is a warning, since the diagram cuts it off.
    private func label(_ node: Node?, required itemNode: Node?) -> String? {
        guard let node else {
            if let itemNode { yaml.error("missing required field 'label'", at: itemNode) }
            return nil
        }
        guard let label = yaml.string(node, key: "label") else { return nil }
        if label.trimmingWhitespace().isEmpty {
            yaml.error("'label' is empty: write the step's label", at: node)
            return nil
        }
        if label.contains(where: \.isNewline) {
            yaml.error("'label' must be one line: it is drawn on an arrow", at: node)
            return nil
        }
        if label.count > Self.labelLength {
            yaml.warning("step label is \(label.count) characters; the diagram shows about \(Self.labelLength)", at: node)
        }
        return label
    }

    /// A translation's step labels, over `labels`; each key must be a step of the default file.
    func parseTranslation(_ node: Node?, over labels: [String: String]) -> [String: String] {
        guard let node else { return labels }
        guard case .mapping(let map) = node else {
            yaml.error("expected a mapping with 'steps' for 'exchange' in a translation, found \(YAMLReader.kind(of: node))", at: node)
            return labels
        }
        yaml.checkKeys(map, allowed: ["steps"], what: "'exchange'")
        var result = labels
        var seen: [String: String] = [:]
        for (itemNode, item) in yaml.mappingList(map[key: "steps"], key: "steps") ?? [] {
            yaml.checkKeys(item, allowed: ["key", "label"], what: "translated 'steps' item")
            guard let key = stepKey(item, itemNode, seen: seen) else { continue }
            seen[key] = key
            guard labels[key] != nil else {
                let hint = labels.isEmpty ? " (the family declares no steps of its own)" : ""
                yaml.error("step '\(key)' is not defined in the family's _family.yml\(hint)", at: item["key"])
                continue
            }
            if let label = label(item["label"], required: nil) { result[key] = label }
        }
        return result
    }
}
