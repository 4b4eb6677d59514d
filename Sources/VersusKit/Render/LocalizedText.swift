/// A piece of text with the language it is actually written in (a fallback may differ from the page's).
struct LocalizedText {
    var text: String
    var language: Language
    var isFallback: Bool

    /// Escaped HTML; a fallback is wrapped with its own `lang` and `dir`.
    var html: String { isFallback ? HTML.foreign(text, language: language) : HTML.escape(text) }
}

extension Pattern {
    /// Fills the pattern with HTML values, escaping the pattern's own text.
    func fillHTML(_ values: [String: String]) -> String {
        var result = ""
        for segment in segments {
            switch segment {
            case .text(let text): result += HTML.escape(text)
            case .placeholder(let name): result += values[name] ?? ""
            }
        }
        return result
    }
}
