import Yams
import VersusDiagnostics
import VersusModel

/// Reads `i18n/<lang>.yml` into a `Language`, checking keys and pattern placeholders.
package struct LanguageLoader {
    let sink: DiagnosticSink

    package init(sink: DiagnosticSink) {
        self.sink = sink
    }

    /// `fallback` is the default language, whose strings fill keys this file lacks (with a warning).
    package func load(text: String, path: String, code: String, untranslated: Language.Untranslated, fallback: Language?) -> Language? {
        let yaml = YAMLReader(text: text, path: path, lineOffset: 0, sink: sink)
        guard let root = yaml.parse(), let map = yaml.document(root) else { return nil }
        yaml.checkKeys(map, allowed: ["name", "dir", "language_names", "ui", "headings", "patterns", "retry", "outcomes"], what: "i18n")

        let name = yaml.requiredString(map, "name", in: root) ?? code
        var direction = Language.Direction.ltr
        if let node = map[key: "dir"], let raw = yaml.string(node, key: "dir") {
            if let value = Language.Direction(rawValue: raw) { direction = value } else {
                yaml.error("'dir' must be 'ltr' or 'rtl', not '\(raw)'", at: node)
            }
        }

        let ui = strings(yaml, map, root, section: "ui", keys: I18nSchema.ui, fallback: fallback?.ui)
        let headingStrings = strings(yaml, map, root, section: "headings", keys: SectionKey.allCases.map(\.rawValue),
                                     fallback: fallback.map { Dictionary(uniqueKeysWithValues: $0.headings.map { ($0.key.rawValue, $0.value) }) })
        let retryStrings = strings(yaml, map, root, section: "retry", keys: RetryAdvice.allCases.map(\.rawValue),
                                   fallback: fallback.map { Dictionary(uniqueKeysWithValues: $0.retry.map { ($0.key.rawValue, $0.value) }) })
        let outcomes = strings(yaml, map, root, section: "outcomes", keys: I18nSchema.outcomes, fallback: fallback?.outcomes)
        let patterns = patterns(yaml, map, root)

        var headings: [SectionKey: String] = [:]
        for (key, value) in headingStrings { if let section = SectionKey(rawValue: key) { headings[section] = value } }
        var retry: [RetryAdvice: String] = [:]
        for (key, value) in retryStrings { if let advice = RetryAdvice(rawValue: key) { retry[advice] = value } }

        var language = Language(code: code, untranslated: untranslated, name: name, direction: direction, ui: ui,
                                headings: headings, patterns: patterns, retry: retry, outcomes: outcomes)
        if let node = map[key: "language_names"], let names = yaml.mapping(node, key: "language_names") {
            for (keyNode, valueNode) in names {
                guard let key = yaml.string(keyNode, key: "language_names"), let value = yaml.string(valueNode, key: "language_names.\(key)") else { continue }
                if value.trimmingWhitespace().isEmpty { yaml.error("'language_names.\(key)' is empty", at: valueNode) } else { language.languageNames[key] = value }
            }
        }
        return language
    }

    /// A mapping of plain strings; missing keys are errors in the default language and fall back elsewhere.
    /// A value (or the whole section) of the wrong type is reported once, as that, not again as missing.
    private func strings(_ yaml: YAMLReader, _ map: Node.Mapping, _ root: Node, section: String,
                         keys: [String], fallback: [String: String]?) -> [String: String] {
        var values: [String: String] = [:]
        var written = Set<String>()
        let node = map[section]
        var sectionMap: Node.Mapping?
        if let node { sectionMap = yaml.mapping(node, key: section) }
        if let sectionMap {
            yaml.checkKeys(sectionMap, allowed: keys, what: "'\(section)'")
            for key in keys {
                guard let valueNode = sectionMap[key] else { continue }
                written.insert(key)
                if let value = yaml.string(valueNode, key: "\(section).\(key)") { values[key] = value }
            }
        } else if node != nil {
            written = Set(keys)
        }
        for key in keys where values[key] == nil {
            if let fallback, let value = fallback[key] {
                if !written.contains(key) { yaml.warning("missing '\(section).\(key)'; using the default language's text", at: node ?? root) }
                values[key] = value
            } else if !written.contains(key) {
                yaml.error("missing '\(section).\(key)'", at: node ?? root)
            }
        }
        return values
    }

    /// Sentence patterns; unlike UI strings, a missing pattern is an error in every language,
    /// because a fallback would put default-language grammar into a translated sentence.
    private func patterns(_ yaml: YAMLReader, _ map: Node.Mapping, _ root: Node) -> [PatternKey: Pattern] {
        var result: [PatternKey: Pattern] = [:]
        let node = map[key: "patterns"]
        var patternMap: Node.Mapping?
        if let node { patternMap = yaml.mapping(node, key: "patterns") }
        let keys = PatternKey.allCases.map(\.rawValue).sorted()
        if let patternMap {
            yaml.checkKeys(patternMap, allowed: keys, what: "'patterns'")
            for patternKey in PatternKey.allCases {
                let key = patternKey.rawValue
                guard let valueNode = patternMap[key], let source = yaml.string(valueNode, key: "patterns.\(key)") else { continue }
                switch Pattern.parse(source) {
                case .failure(let problem):
                    yaml.error("pattern '\(key)': \(problem.message)", at: valueNode)
                case .success(let pattern):
                    let allowed = patternKey.placeholders
                    let unknown = pattern.placeholders.filter { !allowed.contains($0) }
                    if unknown.isEmpty {
                        result[patternKey] = pattern
                    } else {
                        let list = allowed.map { "{\($0)}" }.joined(separator: ", ")
                        yaml.error("pattern '\(key)' uses unknown placeholder {\(unknown[0])}; allowed: \(list)", at: valueNode)
                    }
                }
            }
        }
        // A 'patterns' value that is not a mapping was reported as such; its patterns are not missing one by one.
        for key in keys where node == nil || patternMap.map({ $0[key] == nil }) == true {
            yaml.error("missing pattern '\(key)'", at: node ?? root)
        }
        return result
    }
}
