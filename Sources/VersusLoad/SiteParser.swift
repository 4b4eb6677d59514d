import Yams
import VersusDiagnostics
import VersusModel

/// `site.yml` as written: the site settings and the language list.
package struct ParsedSite {
    package struct LanguageChoice {
        package var code: String
        var untranslated: Language.Untranslated
        var line: Int?
    }

    var config: SiteConfig
    package var languages: [LanguageChoice]
}

package struct SiteParser {
    let sink: DiagnosticSink

    package init(sink: DiagnosticSink) {
        self.sink = sink
    }

    package func parse(text: String, path: String) -> ParsedSite? {
        let yaml = YAMLReader(text: text, path: path, lineOffset: 0, sink: sink)
        guard let root = yaml.parse(), let map = yaml.document(root) else { return nil }
        yaml.checkKeys(map, allowed: ["title", "base_url", "allow_raw_html", "languages"], what: "site")
        let title = yaml.requiredString(map, "title", in: root)
        var baseURL: BaseURL?
        if let text = yaml.string(map[key: "base_url"], key: "base_url") {
            switch BaseURL.parse(text) {
            case .success(let url): baseURL = url
            case .failure(let problem): yaml.error("'base_url' must be \(problem.expected)", at: map[key: "base_url"])
            }
        }
        let allowRawHTML = yaml.bool(map[key: "allow_raw_html"], key: "allow_raw_html") ?? false
        let languages = languageList(yaml, map[key: "languages"], root: root)
        guard let title, !languages.isEmpty else { return nil }
        return ParsedSite(config: SiteConfig(title: title, baseURL: baseURL, allowRawHTML: allowRawHTML), languages: languages)
    }

    private func languageList(_ yaml: YAMLReader, _ node: Node?, root: Node) -> [ParsedSite.LanguageChoice] {
        guard let node else {
            yaml.error("missing required field 'languages'", at: root)
            return []
        }
        guard let items = yaml.mappingList(node, key: "languages") else { return [] }
        var result: [ParsedSite.LanguageChoice] = []
        for (itemNode, map) in items {
            yaml.checkKeys(map, allowed: ["code", "untranslated"], what: "language")
            guard let code = yaml.requiredString(map, "code", in: itemNode) else { continue }
            guard Identifiers.isSafeLanguage(code) else {
                yaml.error("language code '\(code)' is not a language tag like 'en' or 'pt-BR'", at: map[key: "code"])
                continue
            }
            if result.contains(where: { $0.code == code }) {
                yaml.error("language '\(code)' is listed twice", at: itemNode)
                continue
            }
            var policy = Language.Untranslated.fallback
            if let policyNode = map[key: "untranslated"], let raw = yaml.string(policyNode, key: "untranslated") {
                if let value = Language.Untranslated(rawValue: raw) { policy = value } else {
                    yaml.error("'untranslated' must be 'fallback' or 'omit', not '\(raw)'", at: policyNode)
                }
            }
            result.append(.init(code: code, untranslated: policy, line: yaml.line(of: itemNode)))
        }
        if result.isEmpty { yaml.error("'languages' must list at least one language", at: node) }
        return result
    }
}
