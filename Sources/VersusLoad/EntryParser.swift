import Foundation
import Yams
import VersusDiagnostics
import VersusModel
import VersusMustache

/// An entry file as written, before it is checked against its family.
package struct ParsedEntry {
    var code: String
    var codeLine: Int?
    var codeColumn: Int?
    var text: EntryText
    /// Facts; only present in default-language files.
    var spec: [SpecReference] = []
    var commands: [String] = []
    var related: [(code: String, line: Int?, column: Int?)] = []
    var retry: RetryAdvice?
    var retryLine: Int?
    var retryColumn: Int?
    var standard = true
    var usedWith: [(value: String, line: Int?, column: Int?)] = []
    var usedWithLine: Int?
    var usedWithColumn: Int?
    var basicCodes: [String] = []
    /// Where the commands and the explicit `steps` are written, for the exchange check (`ExchangeResolver`).
    var placement: PlacementInput
}

/// Parses `<code>.md` and `<code>.<lang>.md` files. Pure: text in, value or diagnostics out.
package struct EntryParser {
    static let factKeys = ["code", "title", "name", "summary", "use_when", "spec", "commands", "related", "retry", "standard",
                           "used_with", "basic_codes", "steps"]
    static let translationKeys = ["code", "title", "name", "summary", "use_when"]

    let sink: DiagnosticSink

    func parse(text: String, path: String, language: Language, isTranslation: Bool) -> ParsedEntry? {
        guard let parts = FrontMatter.split(text, path: path, into: sink) else { return nil }
        let yaml = YAMLReader(text: parts.yaml, path: path, lineOffset: parts.yamlFirstLine - 1, sink: sink)
        guard let root = yaml.parse(), let map = yaml.document(root) else { return nil }
        if isTranslation {
            for (keyNode, _) in map {
                guard let key = keyNode.string, Self.factKeys.contains(key), !Self.translationKeys.contains(key) else { continue }
                yaml.warning("'\(key)' is a fact of the default-language entry and is ignored here; a translation holds only "
                             + Self.translationKeys.joined(separator: ", "), at: keyNode)
            }
            yaml.checkKeys(map, allowed: Self.factKeys, what: "translation front-matter")
        } else {
            yaml.checkKeys(map, allowed: Self.factKeys, what: "front-matter")
        }

        let code = yaml.requiredString(map, "code", in: root)
        let title = yaml.requiredString(map, "title", in: root)
        let summary = yaml.requiredString(map, "summary", in: root)
        let name = yaml.string(map[key: "name"], key: "name")
        let useWhen = yaml.string(map[key: "use_when"], key: "use_when")
        for (key, value) in [("name", name), ("use_when", useWhen)] where value?.trimmingWhitespace().isEmpty == true {
            yaml.error("'\(key)' is empty; write it or leave the key out", at: map[key])
        }

        let headings = SectionKey.entrySections.map { ($0, language.headings[$0] ?? $0.rawValue) }
        // A translation may stop after its front matter: its sections are then shown in the default language.
        let sections = isTranslation && parts.body.trimmingWhitespace().isEmpty ? [:]
            : SectionSplitter(path: path, sink: sink).split(parts.body, firstLine: parts.bodyFirstLine, headings: headings)

        let entryText = EntryText(language: language.code, title: title ?? "", name: name ?? title ?? "", summary: summary ?? "",
                                  useWhen: useWhen, sections: sections, path: path)
        var entry = ParsedEntry(code: code ?? "", codeLine: yaml.line(of: map[key: "code"]), codeColumn: yaml.column(of: map[key: "code"]), text: entryText, placement: PlacementInput(path: path))
        if !isTranslation { readFacts(into: &entry, map: map, root: root, yaml: yaml) }
        guard code != nil, title != nil, summary != nil else { return nil }
        return entry
    }

    private func readFacts(into entry: inout ParsedEntry, map: Node.Mapping, root: Node, yaml: YAMLReader) {
        if let node = map[key: "spec"] {
            entry.spec = SpecParser(yaml: yaml).list(node, key: "spec") ?? []
        } else {
            yaml.error("missing required field 'spec'", at: root)
        }
        entry.commands = yaml.stringList(map[key: "commands"], key: "commands") ?? []
        entry.placement.commands = located(map[key: "commands"], yaml: yaml)
        if let node = map[key: "steps"], let steps = yaml.stringList(node, key: "steps") {
            entry.placement.steps = located(node, yaml: yaml)
            if steps.isEmpty { yaml.error("'steps' is empty: name the exchange steps where the code is sent, or leave the key out", at: node) }
        }
        for (index, command) in entry.commands.enumerated() where entry.commands[..<index].contains(command) {
            yaml.error("'commands' lists '\(command)' twice", at: map[key: "commands"])
        }
        if let items = yaml.sequence(map[key: "related"], key: "related") {
            entry.related = items.compactMap { item in yaml.string(item, key: "related").map { ($0, yaml.line(of: item), yaml.column(of: item)) } }
        }
        if let node = map[key: "retry"], let raw = yaml.string(node, key: "retry") {
            entry.retryLine = yaml.line(of: node)
            entry.retryColumn = yaml.column(of: node)
            if let advice = RetryAdvice(rawValue: raw) { entry.retry = advice } else {
                let allowed = RetryAdvice.allCases.map(\.rawValue).joined(separator: ", ")
                yaml.error("'retry' must be one of \(allowed), not '\(raw)'", at: node)
            }
        }
        entry.standard = yaml.bool(map[key: "standard"], key: "standard") ?? true
        if let node = map[key: "used_with"], let items = yaml.sequence(node, key: "used_with") {
            entry.usedWithLine = yaml.line(of: node)
            entry.usedWithColumn = yaml.column(of: node)
            entry.usedWith = items.compactMap { item in yaml.string(item, key: "used_with").map { ($0, yaml.line(of: item), yaml.column(of: item)) } }
            if items.isEmpty { yaml.error("'used_with' is empty: list the classes the code is sent with", at: node) }
            for (index, item) in entry.usedWith.enumerated() where entry.usedWith[..<index].contains(where: { $0.value == item.value }) {
                sink.error("'used_with' lists '\(item.value)' twice", path: yaml.path, line: item.line, column: item.column)
            }
        }
        entry.basicCodes = yaml.stringList(map[key: "basic_codes"], key: "basic_codes") ?? []
    }

    /// The scalar items of a list with their places; the list's type was checked by `stringList`.
    private func located(_ node: Node?, yaml: YAMLReader) -> [LocatedValue] {
        guard case .sequence(let items)? = node else { return [] }
        return items.compactMap { item in
            guard case .scalar(let scalar) = item else { return nil }
            return LocatedValue(value: scalar.string, line: yaml.line(of: item), column: yaml.column(of: item))
        }
    }
}

/// Reads `{rfc, section}` references, alone or as a list.
package struct SpecParser {
    let yaml: YAMLReader

    func list(_ node: Node, key: String) -> [SpecReference]? {
        guard let items = yaml.mappingList(node, key: key) else { return nil }
        let references = items.compactMap { reference($0.0, $0.1, key: key) }
        if references.isEmpty { yaml.error("'\(key)' must list at least one reference", at: node) }
        return references
    }

    func reference(_ node: Node, _ map: Node.Mapping, key: String) -> SpecReference? {
        yaml.checkKeys(map, allowed: ["rfc", "section"], what: "'\(key)'")
        guard let rfc = yaml.requiredString(map, "rfc", in: node) else { return nil }
        guard rfc.allSatisfy(\.isNumber) else {
            yaml.error("'rfc' must be an RFC number, not '\(rfc)'", at: map[key: "rfc"])
            return nil
        }
        let section = yaml.string(map[key: "section"], key: "section")
        if let section, !Identifiers.matches(section, #"^[A-Za-z0-9][A-Za-z0-9.\-]*$"#) {
            yaml.error("'section' must be a section number like \"4.2.1\" or \"A.1\", not '\(section)'", at: map[key: "section"])
            return nil
        }
        return SpecReference(rfc: rfc, section: section)
    }
}
