import Foundation
import VersusDiagnostics
import VersusModel

/// Splits a Markdown file into its YAML front matter and body, keeping line numbers.
package struct FrontMatter {
    var yaml: String
    /// 1-based line of the first YAML line in the file.
    var yamlFirstLine: Int
    var body: String
    /// 1-based line of the first body line in the file.
    var bodyFirstLine: Int

    /// Works on the text's UTF-8 bytes: content files are long, and their lines are found by byte.
    static func split(_ text: String, path: String, into sink: DiagnosticSink) -> FrontMatter? {
        let utf8 = text.utf8
        let firstEnd = utf8.firstIndex(of: 0x0A) ?? utf8.endIndex
        guard text[..<firstEnd].trimmingCharacters(in: .whitespaces) == "---" else {
            sink.error("missing front matter: the file must start with a '---' line", path: path, line: 1)
            return nil
        }
        var lineStart = firstEnd == utf8.endIndex ? nil : utf8.index(after: firstEnd)
        var line = 2
        while let start = lineStart {
            let end = utf8[start...].firstIndex(of: 0x0A) ?? utf8.endIndex
            if isClosing(utf8[start..<end]) {
                let yamlStart = utf8.index(after: firstEnd)
                return FrontMatter(
                    yaml: start > yamlStart ? String(text[yamlStart..<utf8.index(before: start)]) : "",
                    yamlFirstLine: 2,
                    body: end == utf8.endIndex ? "" : String(text[utf8.index(after: end)...]),
                    bodyFirstLine: line + 1
                )
            }
            lineStart = end == utf8.endIndex ? nil : utf8.index(after: end)
            line += 1
        }
        sink.error("front matter is not closed: add a '---' line after it", path: path, line: 1)
        return nil
    }

    /// Only a '---' at the start of a line closes it: an indented one belongs to a value (a block scalar).
    private static func isClosing(_ line: Substring.UTF8View) -> Bool {
        line.starts(with: "---".utf8) && line.dropFirst(3).allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
    }
}
