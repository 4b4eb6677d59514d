import VersusDiagnostics
import VersusFiles
import VersusModel

/// Entry and pair-note files parsed by an earlier load of the same content in this process (`versus serve`), by
/// path, language and text, so that a reload parses only the files whose text changed (see `GenerationCache`).
package final class ParsedFileCache: Sendable {
    struct Key: Hashable, Sendable {
        var path: String
        var language: String
        var isTranslation: Bool
        var text: String

        /// Without the text, whose hash would cost a pass over it on every look-up (equality still compares it).
        func hash(into hasher: inout Hasher) {
            hasher.combine(path)
            hasher.combine(language)
            hasher.combine(text.utf8.count)
        }
    }

    struct Parsed<Value>: @unchecked Sendable {
        var value: Value?
        var diagnostics: [Diagnostic]
    }

    private let entries = GenerationCache<Key, Parsed<ParsedEntry>>()
    private let notes = GenerationCache<Key, Parsed<PairNoteText>>()

    package init() {}

    /// The earlier result for `key`, its diagnostics reported again into `sink`, or `parse`'s result, kept.
    func entry(_ key: Key, into sink: DiagnosticSink, parse: (DiagnosticSink) -> ParsedEntry?) -> ParsedEntry? {
        Self.parsed(key, in: entries, into: sink, parse: parse)
    }

    /// As `entry`, for a pair note.
    func note(_ key: Key, into sink: DiagnosticSink, parse: (DiagnosticSink) -> PairNoteText?) -> PairNoteText? {
        Self.parsed(key, in: notes, into: sink, parse: parse)
    }

    private static func parsed<Value>(_ key: Key, in cache: GenerationCache<Key, Parsed<Value>>, into sink: DiagnosticSink,
                                      parse: (DiagnosticSink) -> Value?) -> Value? {
        let result = cache.value(for: key) {
            let own = DiagnosticSink()
            return Parsed(value: parse(own), diagnostics: own.diagnostics)
        }
        for diagnostic in result.diagnostics { sink.report(diagnostic) }
        return result.value
    }

    /// Ends a load: what it used is what the next one finds.
    func endLoad() {
        entries.endPass()
        notes.endPass()
    }
}
