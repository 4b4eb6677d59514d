import Foundation
import VersusModel
import VersusMustache
/// A pair note as a comparison page shows it: its summary for the lead, and the template's `note` value.
package struct PairNoteView {
    var summary: LocalizedText?
    var value: TemplateValue
}

extension PageContext {
    /// The note of `pair` in the page's language, falling back visibly to the default language's (a translation may
    /// hold only its summary, and then its text falls back); nil without a note.
    func pairNote(_ family: Family, _ pair: CodePair, words: Words) -> PairNoteView? {
        guard let note = family.notes[pair], let original = note.texts[words.defaultLanguage.code] else { return nil }
        let language = words.language
        let translation = note.texts[language.code]
        let hasText = !(translation?.markdown.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ?? true)
        let bodyLanguage = hasText ? language : words.defaultLanguage
        let isFallback = bodyLanguage.code != language.code
        let value = TemplateValue.fields([
            "html": entries.note(family: family.id, pair: pair, language: bodyLanguage.code),
            "fallback": isFallback,
            "content_lang": bodyLanguage.code,
            "content_dir": bodyLanguage.direction.rawValue,
            "fallback_notice_html": words.pattern(.fallbackNotice).fillHTML(["language": HTML.escape(language.name(of: bodyLanguage))]),
        ])
        let summary: LocalizedText?
        if let text = translation?.summary {
            summary = LocalizedText(text: text, language: language, isFallback: false)
        } else {
            summary = original.summary.map { LocalizedText(text: $0, language: words.defaultLanguage, isFallback: language.code != words.defaultLanguage.code) }
        }
        return PairNoteView(summary: summary, value: value)
    }
}
