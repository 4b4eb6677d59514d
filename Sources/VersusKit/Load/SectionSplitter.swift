import Foundation

/// Cuts an entry body into its `##` sections, ignoring headings inside fenced code.
struct SectionSplitter {
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
        var sections: [Section] = []
        var fence: Substring?
        var strayLine: Int?
        // Lines cut on bytes: "\n" is ASCII, so every cut falls between characters.
        let lines = body.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { Substring($0) }
        for (offset, rawLine) in lines.enumerated() {
            let line = firstLine + offset
            let trimmed = rawLine.drop { $0 == " " }
            if let open = fence {
                if trimmed.hasPrefix(open) { fence = nil }
                appendLine(rawLine, to: &sections)
                continue
            }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                fence = trimmed.prefix(3)
                appendLine(rawLine, to: &sections)
                continue
            }
            if let (level, text) = Self.atxHeading(rawLine) {
                let known = headings.contains { $0.1 == text }
                if level == 2 {
                    sections.append(Section(heading: text, line: line, lines: []))
                    continue
                }
                if level == 1 || known {
                    sink.error("heading level \(level) is not allowed here; entry sections use '## ' headings", path: path, line: line)
                    continue
                }
            }
            if sections.isEmpty {
                if !rawLine.allSatisfy(\.isWhitespace), strayLine == nil { strayLine = line }
            } else {
                appendLine(rawLine, to: &sections)
            }
        }
        if let strayLine {
            sink.error("text before the first '##' section", path: path, line: strayLine)
        }
        return collect(sections, headings: headings, bodyLine: firstLine)
    }

    private func appendLine(_ line: Substring, to sections: inout [Section]) {
        guard !sections.isEmpty else { return }
        sections[sections.count - 1].lines.append(line)
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

    /// Level and text of an ATX heading line (`## Text ##`), or nil.
    static func atxHeading(_ line: Substring) -> (Int, String)? {
        let indent = line.prefix { $0 == " " }.count
        guard indent <= 3 else { return nil }
        let rest = line.dropFirst(indent)
        let level = rest.prefix { $0 == "#" }.count
        guard (1...6).contains(level) else { return nil }
        let afterHashes = rest.dropFirst(level)
        guard afterHashes.isEmpty || afterHashes.first == " " || afterHashes.first == "\t" else { return nil }
        var text = afterHashes.trimmingCharacters(in: .whitespaces)
        if let closing = text.range(of: #"\s+#+$"#, options: .regularExpression) { text.removeSubrange(closing) }
        if text.allSatisfy({ $0 == "#" }) { text = "" }
        return (level, text)
    }
}
