/// What pages in one language say about one entry: escaped and filled once, shared by every comparison
/// and redirect page that shows the entry. Links are relative to the family folder, where those pages live.
final class EntryWords {
    let entry: Entry
    let codeHTML: String
    let title: LocalizedText
    let titleHTML: String
    let summary: LocalizedText
    let summaryHTML: String
    let classKey: String?
    let classLabelHTML: String
    let classMeaningHTML: String
    let outcomeHTML: String
    let categoryKey: String?
    let categoryLabelHTML: String?
    let retry: RetryAdvice?
    /// The retry advice, unescaped ("" when there is none).
    let retryText: String
    let commandsHTML: String
    let specHTML: String
    /// The entry's sentences of a comparison: what it means, and when to use it.
    let meaningItem: String
    let useItem: String
    /// Its question and answer in a comparison's FAQPage, as JSON.
    let faqItem: StructuredData.JSON
    let tocItem: TemplateValue
    let learnMoreItem: TemplateValue
    let specLinks: [SpecReference: TemplateValue]

    init(_ entry: Entry, family: Family, words: Words) {
        self.entry = entry
        codeHTML = HTML.escape(entry.code)
        title = words.title(entry)
        titleHTML = title.html
        summary = words.summary(entry)
        summaryHTML = summary.html
        let classWords = words.classWords(family, code: entry.code)
        classKey = family.codeClass(of: entry.code)?.key
        classLabelHTML = classWords?.label.html ?? ""
        classMeaningHTML = classWords?.meaning.html ?? ""
        outcomeHTML = HTML.escape(words.outcomePhrase(family, code: entry.code))
        categoryKey = family.category(of: entry.code)?.key
        categoryLabelHTML = words.categoryWords(family, code: entry.code)?.label.html
        retry = words.retryAdvice(family, entry)
        retryText = retry.map { words.language.retry[$0] ?? "" } ?? ""
        commandsHTML = words.commandList(entry.commands)
        specHTML = words.specList(entry.spec)
        meaningItem = words.pattern("diff_meaning").fillHTML(["code": codeHTML, "title": titleHTML, "summary": summaryHTML])
        useItem = words.pattern("use_item").fillHTML([
            "code": codeHTML, "title": titleHTML, "summary": summaryHTML, "retry": HTML.escape(retryText),
        ])
        faqItem = StructuredData.question(
            words.pattern("faq_question").fill(["code": entry.code, "title": title.text]),
            answer: words.pattern("use_item").fill(["code": entry.code, "title": title.text, "summary": summary.text, "retry": retryText]))
        tocItem = .object(["id": .text("\(entry.code)-heading"), "label_html": .text("\(codeHTML) \(titleHTML)")])
        learnMoreItem = .object([
            "label_html": .text(words.pattern("code_page_link").fillHTML(["code": codeHTML, "title": titleHTML])),
            "url": .text(RelativeURL.from(SitePaths.family(words.language.code, family.id),
                                          to: SitePaths.code(words.language.code, family.id, entry.code))),
        ])
        var specLinks: [SpecReference: TemplateValue] = [:]
        for reference in entry.spec {
            specLinks[reference] = .object(["label_html": .text(words.specReference(reference)), "url": .text(Words.specURL(reference)),
                                            "external": true])
        }
        self.specLinks = specLinks
    }
}

/// The `EntryWords` of every entry, per page language and family.
struct EntryWordsTable {
    private var table: [String: [String: [String: EntryWords]]] = [:]

    init(catalog: Catalog) {
        for language in catalog.languages {
            let words = Words(catalog: catalog, language: language)
            for family in catalog.families {
                var entries: [String: EntryWords] = [:]
                for entry in family.entries { entries[entry.code] = EntryWords(entry, family: family, words: words) }
                table[language.code, default: [:]][family.id] = entries
            }
        }
    }

    subscript(language: String, family: String, code: String) -> EntryWords { table[language]![family]![code]! }
}
