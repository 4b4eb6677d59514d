import VersusModel
/// A piece of text with the language it is actually written in (a fallback may differ from the page's).
package struct LocalizedText {
    var text: String
    var language: Language
    var isFallback: Bool

    /// Escaped HTML; a fallback is wrapped with its own `lang` and `dir`.
    var html: String { isFallback ? HTML.foreign(text, language: language) : HTML.escape(text) }
}
