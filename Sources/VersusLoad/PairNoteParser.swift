import Foundation
import Yams
import VersusDiagnostics
import VersusModel
import VersusMarkdown
import VersusMustache

/// Parses a pair note, `<a>-vs-<b>.md` or its translation: optional front matter with `summary`, then Markdown
/// without `#` or `##` headings (the page gives the note its own heading). Pure: text in, value or diagnostics out.
package struct PairNoteParser {
    static let keys = ["summary"]

    let sink: DiagnosticSink

    /// A translation (`isTranslation`) may hold only its `summary`: its text is then shown in the default language.
    func parse(text: String, path: String, language: String, isTranslation: Bool) -> PairNoteText? {
        var summary: String?
        var body = text
        var bodyFirstLine = 1
        if text.hasPrefix("---") {
            guard let parts = FrontMatter.split(text, path: path, into: sink) else { return nil }
            let yaml = YAMLReader(text: parts.yaml, path: path, lineOffset: parts.yamlFirstLine - 1, sink: sink)
            guard let root = yaml.parse(), let map = yaml.document(root) else { return nil }
            yaml.checkKeys(map, allowed: Self.keys, what: "pair-note front-matter")
            summary = yaml.string(map[key: "summary"], key: "summary")
            if summary?.trimmingWhitespace().isEmpty == true {
                yaml.error("'summary' is empty; write it or leave the key out", at: map[key: "summary"])
            }
            body = parts.body
            bodyFirstLine = parts.bodyFirstLine
        }
        let markdown = body.trimmingWhitespace()
        guard !markdown.isEmpty || (isTranslation && summary != nil) else {
            sink.error("pair note has no text after its front matter", path: path, line: bodyFirstLine)
            return nil
        }
        var valid = true
        for heading in MarkdownRenderer.headings(in: body) where heading.level <= 2 {
            sink.error("heading level \(heading.level) is not allowed in a pair note; use '###' headings", path: path,
                       line: bodyFirstLine + heading.line - 1, column: 1)
            valid = false
        }
        return valid ? PairNoteText(language: language, summary: summary, markdown: markdown, path: path) : nil
    }

    /// The two codes of a note's file stem (`250-vs-535`), or nil when the stem does not name two codes.
    static func codes(of stem: String) -> (String, String)? {
        let parts = stem.components(separatedBy: "-vs-")
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return nil }
        return (parts[0], parts[1])
    }
}
