import VersusDiagnostics
import VersusFiles

/// Entry files parsed by an earlier load of the same content in this process (`versus serve`), by path, language
/// and text, so that a reload parses only the files whose text changed (see `GenerationCache`).
package final class EntryParseCache: Sendable {
    struct Key: Hashable, Sendable {
        var path: String
        var language: String
        var isTranslation: Bool
        var text: String
    }

    struct Parsed: @unchecked Sendable {
        var entry: ParsedEntry?
        var diagnostics: [Diagnostic]
    }

    private let parsed = GenerationCache<Key, Parsed>()

    package init() {}

    /// The earlier result for `key`, its diagnostics reported again into `sink`, or `parse`'s result, kept.
    func parsed(_ key: Key, into sink: DiagnosticSink, parse: (DiagnosticSink) -> ParsedEntry?) -> ParsedEntry? {
        let result = parsed.value(for: key) {
            let own = DiagnosticSink()
            return Parsed(entry: parse(own), diagnostics: own.diagnostics)
        }
        for diagnostic in result.diagnostics { sink.report(diagnostic) }
        return result.entry
    }

    /// Ends a load: what it used is what the next one finds.
    func endLoad() { parsed.endPass() }
}
