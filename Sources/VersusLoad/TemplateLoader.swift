import Foundation
import VersusDiagnostics
import VersusFiles
import VersusModel
import VersusMustache
import VersusDefaults

/// Reads the site's templates: the built-in ones and the project's overrides.
package enum TemplateLoader {
    /// The built-in templates, with every `*.mustache` under `directory` replacing or adding to them one file at a time
    /// (names are relative paths without extension: `partials/header`). A missing folder means "no overrides".
    package static func load(directory: String) -> (TemplateSet?, [Diagnostic]) {
        let sink = DiagnosticSink()
        var sources: [String: (path: String, text: String)] = [:]
        for (relative, bytes) in EmbeddedFiles.templates where relative.hasSuffix(".mustache") {
            let text = String(decoding: bytes, as: UTF8.self)
            sources[String(relative.dropLast(".mustache".count))] = ("(built-in)/templates/\(relative)", text)
        }
        for relative in projectTemplates(in: directory) {
            let path = (directory as NSString).appendingPathComponent(relative)
            let display = DisplayPath.of(path)
            guard let data = FileManager.default.contents(atPath: path) else {
                sink.error("cannot read template", path: display)
                continue
            }
            guard let text = SourceText.decode(data, path: display, into: sink) else { continue }
            sources[String(relative.dropLast(".mustache".count))] = (display, text)
        }
        for name in sources.keys.sorted() {
            checkPartials(in: sources[name]!.text, path: sources[name]!.path, known: Set(sources.keys), sink: sink)
        }
        var templates: MustacheTemplates?
        do {
            templates = try MustacheTemplates(sources.mapValues(\.text))
        } catch let error as MustacheTemplateError {
            sink.error("template syntax: \(error.error.message)", path: sources[error.template]?.path ?? error.template,
                       line: error.error.line, column: error.error.column)
        } catch {
            sink.error("template syntax: \(error)", path: DisplayPath.of(directory))
        }
        let diagnostics = sink.diagnostics.sorted()
        guard let templates, !diagnostics.hasErrors else { return (nil, diagnostics) }
        let texts = sources.keys.sorted().map { (name: $0, text: sources[$0]!.text) }
        return (TemplateSet(templates: templates, sources: texts), diagnostics)
    }

    private static func projectTemplates(in directory: String) -> [String] {
        InputFiles.files(in: directory).filter { $0.hasSuffix(".mustache") && !$0.hasPrefix("assets/") }
    }

    /// swift-mustache renders a missing partial as nothing; we report it instead.
    private static func checkPartials(in text: String, path: String, known: Set<String>, sink: DiagnosticSink) {
        let regex = try! NSRegularExpression(pattern: #"\{\{\s*[><]\s*([^\s}]+)\s*\}\}"#)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() {
            let lineText = String(line)
            for match in regex.matches(in: lineText, range: NSRange(lineText.startIndex..., in: lineText)) {
                guard let range = Range(match.range(at: 1), in: lineText) else { continue }
                let name = String(lineText[range])
                if !known.contains(name) {
                    let column = lineText.distance(from: lineText.startIndex, to: Range(match.range, in: lineText)!.lowerBound) + 1
                    sink.error("template refers to partial '\(name)', which does not exist", path: path, line: index + 1, column: column)
                }
            }
        }
    }

}
