import Foundation
import VersusDiagnostics
import VersusModel
import VersusMarkdown
import VersusMustache

/// Cuts an entry body into its `##` sections, from cmark-gfm's document tree: a section starts at a top-level
/// level-2 heading, so headings inside code blocks of any fence, HTML blocks or comments are what cmark says they are.
package struct SectionSplitter {
    struct Section {
        var heading: String
        var line: Int
        var lines: [Substring]
        var markdown: String { lines.joined(separator: "\n") }
    }

    let path: String
    let sink: DiagnosticSink

    /// `headings` maps each expected heading text to its key, in the required order.
    func split(_ body: String, firstLine: Int, headings: [(SectionKey, String)]) -> [SectionKey: String] {
        // Lines cut on bytes: "\n" is ASCII, so every cut falls between characters.
        let lines = body.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { Substring($0) }
        let blocks = MarkdownRenderer.topLevelBlocks(in: body)
        var sections: [Section] = []
        var contentStart: [Int] = []
        var strayLine: Int?
        for block in blocks {
            let line = firstLine + block.startLine - 1
            if case .heading(let level, let text) = block.kind {
                let text = text.trimmingWhitespace()
                if level == 2 {
                    sections.append(Section(heading: text, line: line, lines: []))
                    contentStart.append(block.endLine)  // 1-based end line of the heading = 0-based index of the next line
                    continue
                }
                if level == 1 || headings.contains(where: { $0.1 == text }) {
                    sink.error("heading level \(level) is not allowed here; entry sections use '## ' headings", path: path, line: line)
                    continue
                }
            }
            if sections.isEmpty, block.kind != .htmlComment, strayLine == nil { strayLine = line }
        }
        for index in sections.indices {
            let end = index + 1 < sections.count ? sections[index + 1].line - firstLine : lines.count
            let start = min(contentStart[index], end)
            sections[index].lines = Array(lines[start..<end])
        }
        if let strayLine {
            sink.error("text before the first '##' section", path: path, line: strayLine)
        }
        checkFragmentLinks(in: body, firstLine: firstLine)
        return collect(sections, headings: headings, bodyLine: firstLine)
    }

    /// A link to "#fragment" inside an entry must name one of its sections: it is rewritten to the section's id on
    /// every page the entry is shown on (prefixed with the code on comparison pages), which only sections have.
    private func checkFragmentLinks(in body: String, firstLine: Int) {
        let targets = SectionKey.entrySections.map(\.rawValue)
        for link in MarkdownRenderer.fragmentLinks(in: body) {
            let fragment = link.fragment.removingPercentEncoding ?? link.fragment
            guard !targets.contains(fragment), !fragment.isEmpty, fragment != "top" else { continue }
            var message = "link to '#\(link.fragment)' names no section of this entry; use "
                + targets.dropLast().map { "'#\($0)'" }.joined(separator: ", ") + " or '#\(targets.last!)'"
            if let near = Spelling.closest(to: fragment, among: targets) { message += " (did you mean '#\(near)'?)" }
            sink.error(message, path: path, line: firstLine + link.line - 1, column: link.column)
        }
    }

    private func collect(_ sections: [Section], headings: [(SectionKey, String)], bodyLine: Int) -> [SectionKey: String] {
        var result: [SectionKey: String] = [:]
        var seenOrder: [Int] = []
        for section in sections {
            guard let index = headings.firstIndex(where: { $0.1 == section.heading }) else {
                let expected = headings.map { "'## \($0.1)'" }.joined(separator: ", ")
                var message = "unknown section '## \(section.heading)'; expected \(expected)"
                if let near = Spelling.closest(to: section.heading, among: headings.map(\.1)) {
                    message += " (did you mean '\(near)'?)"
                }
                sink.error(message, path: path, line: section.line)
                continue
            }
            let key = headings[index].0
            if result[key] != nil {
                sink.error("section '## \(section.heading)' appears more than once", path: path, line: section.line)
                continue
            }
            let markdown = Self.trimmed(section.markdown)
            if markdown.isEmpty {
                sink.error("section '## \(section.heading)' is empty", path: path, line: section.line)
            }
            if let last = seenOrder.last, last > index {
                sink.error("section '## \(section.heading)' is out of order; expected \(headings.map { "'## \($0.1)'" }.joined(separator: ", "))", path: path, line: section.line)
            }
            seenOrder.append(index)
            result[key] = markdown
        }
        for (key, heading) in headings where result[key] == nil && !sections.contains(where: { $0.heading == heading }) {
            sink.error("missing section '## \(heading)'", path: path, line: sections.last.map { $0.line } ?? bodyLine)
        }
        return result
    }

    /// Without leading and trailing white space (Unicode's, newlines included).
    private static func trimmed(_ text: String) -> String {
        guard let first = text.firstIndex(where: { !$0.isWhitespace }), let last = text.lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(text[first...last])
    }
}
