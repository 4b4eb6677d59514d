import Foundation
import Yams
import VersusDiagnostics
import VersusModel

/// A `_family.yml` as written, before its entries are attached.
package struct ParsedFamily {
    var id: String
    var name: String
    package var spec: SpecReference
    package var codePattern: NSRegularExpression
    package var codePatternSource: String
    var grouping: Family.Grouping
    var classSource: Family.ClassSource
    var commandsAre: Family.CommandsKind
    var pairs: Family.PairPolicy
    var classes: [CodeClass]
    var subjects: [CodeSubject]
    var categories: [CodeCategory]
    var text: FamilyText
    var exchange: ExchangeDeclaration
}

/// Parses `_family.yml` and its translations `_family.<lang>.yml`.
package struct FamilyParser {
    let sink: DiagnosticSink

    package init(sink: DiagnosticSink) {
        self.sink = sink
    }

    package func parse(text: String, path: String, folderName: String) -> ParsedFamily? {
        let yaml = YAMLReader(text: text, path: path, lineOffset: 0, sink: sink)
        guard let root = yaml.parse(), let map = yaml.document(root) else { return nil }
        yaml.checkKeys(map, allowed: ["id", "name", "title", "description", "spec", "code_pattern", "class_from", "classes", "subjects", "categories", "group_by", "commands_are", "exchange", "pairs"], what: "family")

        let id = yaml.requiredString(map, "id", in: root)
        if let id, id != folderName {
            yaml.error("family id '\(id)' must equal its folder name '\(folderName)'", at: map[key: "id"])
        }
        let name = yaml.requiredString(map, "name", in: root)
        let title = yaml.requiredString(map, "title", in: root)
        let description = yaml.string(map[key: "description"], key: "description") ?? ""
        var spec: SpecReference?
        if let node = map[key: "spec"] {
            if case .mapping(let specMap) = node { spec = SpecParser(yaml: yaml).reference(node, specMap, key: "spec") } else {
                yaml.error("expected a mapping like {rfc: 5321, section: \"4.2\"} for 'spec', found \(YAMLReader.kind(of: node))", at: node)
            }
        } else {
            yaml.error("missing required field 'spec'", at: root)
        }
        let regex = codePattern(yaml, map, root)
        var grouping = Family.Grouping.class
        if let node = map[key: "group_by"], let raw = yaml.string(node, key: "group_by") {
            if let value = Family.Grouping(rawValue: raw) { grouping = value } else {
                yaml.error("'group_by' must be 'class', 'subject' or 'category', not '\(raw)'", at: node)
            }
        }
        var classSource = Family.ClassSource.code
        if let node = map[key: "class_from"], let raw = yaml.string(node, key: "class_from") {
            if let value = Family.ClassSource(rawValue: raw) { classSource = value } else {
                yaml.error("'class_from' must be 'code' or 'used_with', not '\(raw)'", at: node)
            }
        }
        var commandsAre = Family.CommandsKind.commands
        if let node = map[key: "commands_are"], let raw = yaml.string(node, key: "commands_are") {
            if let value = Family.CommandsKind(rawValue: raw) { commandsAre = value } else {
                yaml.error("'commands_are' must be 'commands' or 'methods', not '\(raw)'", at: node)
            }
        }
        let pairs = pairPolicy(yaml, map[key: "pairs"])
        let classes = labelled(yaml, map[key: "classes"], key: "classes", withOutcome: true)
        if map[key: "classes"] == nil { yaml.error("missing required field 'classes'", at: root) }
        let subjects = labelled(yaml, map[key: "subjects"], key: "subjects", withOutcome: false)
        let categories = labelled(yaml, map[key: "categories"], key: "categories", withOutcome: false)
        if grouping == .category && categories.isEmpty {
            yaml.error("'group_by: category' needs a 'categories' list", at: map[key: "group_by"])
        }
        if grouping == .subject && subjects.isEmpty {
            yaml.error("'group_by: subject' needs a 'subjects' list", at: map[key: "group_by"])
        }
        if classSource == .usedWith, !categories.isEmpty {
            yaml.error("'categories' are keyed by a code's second character, which codes of 'class_from: used_with' do not have",
                       at: map[key: "categories"])
        }

        let (exchange, stepLabels) = ExchangeParser(yaml: yaml).parse(map[key: "exchange"], classKeys: classes.map(\.key))

        guard let id, let name, let title, let spec, let regex else { return nil }
        let text = FamilyText(name: name, title: title, description: description,
                              classes: Dictionary(classes.map { ($0.key, $0.words) }, uniquingKeysWith: { a, _ in a }),
                              subjects: Dictionary(subjects.map { ($0.key, $0.words) }, uniquingKeysWith: { a, _ in a }),
                              categories: Dictionary(categories.map { ($0.key, $0.words) }, uniquingKeysWith: { a, _ in a }),
                              steps: stepLabels)
        return ParsedFamily(id: id, name: name, spec: spec, codePattern: regex.0, codePatternSource: regex.1, grouping: grouping,
                            classSource: classSource, commandsAre: commandsAre,
                            pairs: pairs,
                            classes: classes.map { CodeClass(key: $0.key, outcome: $0.outcome, hasCategories: $0.hasCategories) },
                            subjects: subjects.map { CodeSubject(key: $0.key) },
                            categories: categories.map { CodeCategory(key: $0.key) }, text: text, exchange: exchange)
    }

    /// A translation: title, description and labels; keys must exist in the default family file.
    func parseTranslation(text: String, path: String, base: ParsedFamily) -> FamilyText? {
        let yaml = YAMLReader(text: text, path: path, lineOffset: 0, sink: sink)
        guard let root = yaml.parse(), let map = yaml.document(root) else { return nil }
        yaml.checkKeys(map, allowed: ["name", "title", "description", "classes", "subjects", "categories", "exchange"], what: "family translation")
        var result = base.text
        if let name = yaml.string(map[key: "name"], key: "name") { result.name = name }
        if let title = yaml.string(map[key: "title"], key: "title") { result.title = title }
        if let description = yaml.string(map[key: "description"], key: "description") { result.description = description }
        for item in labelled(yaml, map[key: "classes"], key: "classes", withOutcome: false, translation: true) {
            guard let original = result.classes[item.key] else {
                yaml.error("class '\(item.key)' is not defined in the family's _family.yml", at: item.node)
                continue
            }
            result.classes[item.key] = item.words.merged(over: original)
        }
        for item in labelled(yaml, map[key: "subjects"], key: "subjects", withOutcome: false, translation: true) {
            guard let original = result.subjects[item.key] else {
                yaml.error("subject '\(item.key)' is not defined in the family's _family.yml", at: item.node)
                continue
            }
            result.subjects[item.key] = item.words.merged(over: original)
        }
        for item in labelled(yaml, map[key: "categories"], key: "categories", withOutcome: false, translation: true) {
            guard let original = result.categories[item.key] else {
                yaml.error("category '\(item.key)' is not defined in the family's _family.yml", at: item.node)
                continue
            }
            result.categories[item.key] = item.words.merged(over: original)
        }
        result.steps = ExchangeParser(yaml: yaml).parseTranslation(map[key: "exchange"], over: base.text.steps)
        return result
    }

    /// `pairs`: `all` (the default), `same_class` or `related`.
    private func pairPolicy(_ yaml: YAMLReader, _ node: Node?) -> Family.PairPolicy {
        guard let node, let raw = yaml.string(node, key: "pairs") else { return .all }
        if let value = Family.PairPolicy(rawValue: raw) { return value }
        let names = Family.PairPolicy.allCases.map(\.rawValue)
        var message = "'pairs' must be 'all', 'same_class' or 'related', not '\(raw)'"
        if let near = Spelling.closest(to: raw, among: names) { message += " (did you mean '\(near)'?)" }
        yaml.error(message, at: node)
        return .all
    }

    private func codePattern(_ yaml: YAMLReader, _ map: Node.Mapping, _ root: Node) -> (NSRegularExpression, String)? {
        guard let source = yaml.requiredString(map, "code_pattern", in: root) else { return nil }
        do {
            return (try NSRegularExpression(pattern: source), source)
        } catch {
            yaml.error("'code_pattern' is not a valid regular expression: \(source)", at: map[key: "code_pattern"])
            return nil
        }
    }

    private struct Labelled {
        var node: Node
        var key: String
        var words: LabelledMeaning
        var outcome: Outcome?
        var hasCategories = true
    }

    private func labelled(_ yaml: YAMLReader, _ node: Node?, key: String, withOutcome: Bool, translation: Bool = false) -> [Labelled] {
        guard let items = yaml.mappingList(node, key: key) else { return [] }
        var result: [Labelled] = []
        var seen = Set<String>()
        for (itemNode, map) in items {
            var allowed = ["key", "label", "meaning"]
            if withOutcome { allowed += ["outcome", "categories"] }
            yaml.checkKeys(map, allowed: allowed, what: "'\(key)' item")
            guard let itemKey = yaml.requiredString(map, "key", in: itemNode) else { continue }
            if !seen.insert(itemKey).inserted {
                yaml.error("'\(key)' defines '\(itemKey)' twice", at: itemNode)
                continue
            }
            let label = translation ? yaml.string(map[key: "label"], key: "label") : yaml.requiredString(map, "label", in: itemNode)
            let meaning = translation ? yaml.string(map[key: "meaning"], key: "meaning") : yaml.requiredString(map, "meaning", in: itemNode)
            var outcome: Outcome?
            if withOutcome, let outcomeNode = map[key: "outcome"], let raw = yaml.string(outcomeNode, key: "outcome") {
                outcome = Outcome(rawValue: raw)
                if outcome == nil {
                    let allowedOutcomes = Outcome.allCases.map(\.rawValue).joined(separator: ", ")
                    yaml.error("'outcome' must be one of \(allowedOutcomes), not '\(raw)'", at: outcomeNode)
                }
            }
            let hasCategories = withOutcome ? yaml.bool(map[key: "categories"], key: "categories") ?? true : true
            result.append(Labelled(node: itemNode, key: itemKey, words: LabelledMeaning(label: label ?? "", meaning: meaning ?? ""),
                                   outcome: outcome, hasCategories: hasCategories))
        }
        return result
    }
}

extension LabelledMeaning {
    /// A translation's words, keeping the original where the translation leaves one out.
    func merged(over original: LabelledMeaning) -> LabelledMeaning {
        LabelledMeaning(label: label.isEmpty ? original.label : label, meaning: meaning.isEmpty ? original.meaning : meaning)
    }
}
