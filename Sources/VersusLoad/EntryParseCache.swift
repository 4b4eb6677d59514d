import Synchronization
import VersusDiagnostics

/// Entry files parsed by an earlier load of the same content in this process (`versus serve`), by path, language
/// and text, so that a reload parses only the files whose text changed. A load keeps what it used and drops the
/// rest, so the cache holds one catalog's entries at most.
package final class EntryParseCache: Sendable {
    struct Key: Hashable {
        var path: String
        var language: String
        var isTranslation: Bool
        var text: String
    }

    struct Parsed: @unchecked Sendable {
        var entry: ParsedEntry?
        var diagnostics: [Diagnostic]
    }

    private let state = Mutex<(earlier: [Key: Parsed], used: [Key: Parsed])>(([:], [:]))

    package init() {}

    /// The earlier result for `key`, its diagnostics reported again into `sink`, or `parse`'s result, kept.
    func parsed(_ key: Key, into sink: DiagnosticSink, parse: (DiagnosticSink) -> ParsedEntry?) -> ParsedEntry? {
        let found = state.withLock { state -> Parsed? in
            guard let earlier = state.earlier[key] else { return nil }
            state.used[key] = earlier
            return earlier
        }
        let result = found ?? {
            let own = DiagnosticSink()
            let parsed = Parsed(entry: parse(own), diagnostics: own.diagnostics)
            state.withLock { $0.used[key] = parsed }
            return parsed
        }()
        for diagnostic in result.diagnostics { sink.report(diagnostic) }
        return result.entry
    }

    /// Ends a load: what it used is what the next one finds.
    func endLoad() {
        state.withLock { state in
            state.earlier = state.used
            state.used = [:]
        }
    }
}
