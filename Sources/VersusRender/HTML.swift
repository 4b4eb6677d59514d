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

extension Pattern {
    /// Fills the placeholders with HTML, the pattern's own text escaped.
    package func fillHTML(_ values: KeyValuePairs<String, String>) -> String { fill(values, text: HTML.escape) }
}
