import VersusModel
import VersusMustache
/// A pair note as a comparison page shows it: its summary for the lead, and the template's `note` value.
package struct PairNoteView {
    var summary: LocalizedText?
    var value: TemplateValue
}

extension PageContext {
    /// The note of `pair` in the page's language, falling back visibly to the default language's; nil without a note.
    func pairNote(_ family: Family, _ pair: CodePair, words: Words) -> PairNoteView? {
        guard let note = family.notes[pair] else { return nil }
        let language = words.language
        let isFallback = note.texts[language.code] == nil
        let textLanguage = isFallback ? words.defaultLanguage : language
        let text = note.texts[textLanguage.code]!
        let value: TemplateValue = .object([
            "html": .text(entries.note(family: family.id, pair: pair, language: textLanguage.code)),
            "fallback": .bool(isFallback),
            "content_lang": .text(textLanguage.code),
            "content_dir": .text(textLanguage.direction.rawValue),
            "fallback_notice_html": .text(words.pattern(.fallbackNotice).fillHTML(["language": HTML.escape(textLanguage.name)])),
        ])
        let summary = text.summary.map { LocalizedText(text: $0, language: textLanguage, isFallback: isFallback) }
        return PairNoteView(summary: summary, value: value)
    }
}
