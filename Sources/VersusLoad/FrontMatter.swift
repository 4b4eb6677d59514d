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

    static func split(_ text: String, path: String, into sink: DiagnosticSink) -> FrontMatter? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, first.trimmingCharacters(in: .whitespaces) == "---" else {
            sink.error("missing front matter: the file must start with a '---' line", path: path, line: 1)
            return nil
        }
        // Only a '---' at the start of a line closes it: an indented one belongs to a value (a block scalar).
        guard let end = lines.dropFirst().firstIndex(where: { $0.hasPrefix("---") && $0.dropFirst(3).allSatisfy { $0 == " " || $0 == "\t" || $0 == "\r" } }) else {
            sink.error("front matter is not closed: add a '---' line after it", path: path, line: 1)
            return nil
        }
        return FrontMatter(
            yaml: lines[1..<end].joined(separator: "\n"),
            yamlFirstLine: 2,
            body: lines[(end + 1)...].joined(separator: "\n"),
            bodyFirstLine: end + 2
        )
    }
}
