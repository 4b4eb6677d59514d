import VersusModel
import VersusMustache

/// Escaping for text and attribute contexts (both escape quotes, so one function serves both).
package enum HTML {
    package static func escape(_ text: String) -> String {
        var needsEscape = false
        for byte in text.utf8 where byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || byte == 0x27 {
            needsEscape = true
            break
        }
        guard needsEscape else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 16)
        MustacheEscaper.appendEscaped(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Text in another language than the page's, marked so readers and screen readers know.
    package static func foreign(_ text: String, language: Language) -> String {
        "<span lang=\"\(language.code)\" dir=\"\(language.direction.rawValue)\">\(escape(text))</span>"
    }
}

/// A sentence pattern of the page's language, plain and with its own text escaped for HTML. In a right-to-left
/// language every value filled in as HTML is isolated (`<bdi>`), so that codes, RFC numbers and Latin names keep
/// their order inside the sentence.
struct SentencePattern {
    let pattern: Pattern
    /// `pattern` with its text escaped (see `Words.escapedPatterns`).
    let html: Pattern
    let isolatesValues: Bool

    /// Plain text (page titles, meta descriptions, JSON-LD).
    func fill(_ values: KeyValuePairs<String, String>) -> String { pattern.fill(values) }

    /// HTML: the values (already HTML) inserted as they are, or isolated.
    func fillHTML(_ values: KeyValuePairs<String, String>) -> String {
        isolatesValues ? html.fill(values, text: { $0 }) { "<bdi>\($0)</bdi>" } : html.fill(values)
    }
}
