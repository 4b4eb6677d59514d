import Synchronization
import VersusModel
import VersusPlan
import VersusMustache
/// What pages in one language say about one entry: escaped and filled once, shared by every comparison
/// and redirect page that shows the entry. Links are relative to the family folder, where those pages live.
package final class EntryWords: Sendable {
    let entry: Entry
    let codeHTML: String
    let name: LocalizedText
    let nameHTML: String
    let summary: LocalizedText
    let summaryHTML: String
    /// `summaryHTML` without its final period, for a pattern that puts its own punctuation around it.
    let summaryClauseHTML: String
    let useWhen: LocalizedText?
    /// The classes the code is sent with: one, except for codes whose class comes from `used_with`.
    let classes: [CodeClass]
    let classLabelHTML: String
    let subjectKey: String?
    let subjectLabelHTML: String?
    let categoryKey: String?
    let categoryLabelHTML: String?
    let retry: RetryAdvice?
    /// The retry advice clause, escaped ("" when there is none).
    let retryHTML: String
    let commandsHTML: String
    let specHTML: String
    /// The code as sent with each of its classes ("4.7.12"), for codes whose class comes from `used_with`.
    let fullCodesHTML: [String]
    /// Its question and answer in a comparison's FAQPage, as JSON.
    let faqItem: StructuredData.JSON
    let tocItem: TemplateValue
    let learnMoreItem: TemplateValue
    let specLinks: [SpecReference: TemplateValue]
    /// The entry's spec references as a set, and in `PageContext.specOrder` with each one's place in that order
    /// among the family's references.
    let specSet: Set<SpecReference>
    let orderedSpec: [(reference: SpecReference, rank: Int)]
    /// The entry's side of a comparison page, built on first use (`PageContext.sideBlock`).
    let sideBlock = Mutex<TemplateValue?>(nil)

    /// `specRanks` are the places of the family's spec references in `PageContext.specOrder`.
    init(_ entry: Entry, family: Family, words: Words, specRanks: [SpecReference: Int]) {
        self.entry = entry
        codeHTML = HTML.escape(entry.code)
        name = words.name(entry)
        nameHTML = name.html
        summary = words.summary(entry)
        summaryHTML = summary.html
        summaryClauseHTML = PairSentences.withoutFinalPeriod(summaryHTML)
        useWhen = words.useWhen(entry)
        classes = family.classes(of: entry)
        let classWords = classes.count == 1 ? words.classWords(family, key: classes[0].key) : nil
        classLabelHTML = classWords?.label.html ?? ""
        subjectKey = family.subject(of: entry.code)?.key
        subjectLabelHTML = words.subjectWords(family, code: entry.code)?.label.html
        categoryKey = family.category(of: entry.code)?.key
        categoryLabelHTML = words.categoryWords(family, code: entry.code)?.label.html
        retry = family.retryAdvice(entry)
        retryHTML = retry.map { HTML.escape(words.retryClause($0)) } ?? ""
        commandsHTML = words.commandList(entry.commands)
        specHTML = words.specList(entry.spec)
        fullCodesHTML = family.classSource == .usedWith ? classes.map { HTML.escape(Self.fullCode(entry.code, class: $0.key)) } : []
        faqItem = StructuredData.question(
            words.pattern(.faqQuestion).fill(["code": entry.code, "name": name.text]),
            answer: (useWhen ?? summary).text)
        tocItem = .object(["id": .text("\(entry.code)-heading"), "label_html": .text("\(codeHTML) \(nameHTML)")])
        learnMoreItem = .object([
            "label_html": .text(words.pattern(.codePageLink).fillHTML(["code": codeHTML, "name": nameHTML])),
            "url": .text(RelativeURL.from(SitePaths.family(words.language.code, family.id),
                                          to: SitePaths.code(words.language.code, family.id, entry.code))),
        ])
        var specLinks: [SpecReference: TemplateValue] = [:]
        for reference in entry.spec {
            specLinks[reference] = .object(["label_html": .text(words.specReference(reference)), "url": .text(Words.specURL(reference)),
                                            "external": true])
        }
        self.specLinks = specLinks
        specSet = Set(entry.spec)
        orderedSpec = specSet.map { ($0, specRanks[$0]!) }.sorted { $0.rank < $1.rank }
    }

    /// "X.7.12" sent with class "4" is "4.7.12" (RFC 3463 section 2: the class is the first part).
    static func fullCode(_ code: String, class key: String) -> String {
        guard let dot = code.firstIndex(of: ".") else { return key + code }
        return key + code[dot...]
    }
}

/// The `EntryWords` of every entry, per page language and family.
package struct EntryWordsTable: Sendable {
    private var table: [String: [String: [String: EntryWords]]] = [:]

    package init(catalog: Catalog) {
        for language in catalog.languages {
            let words = Words(catalog: catalog, language: language)
            for family in catalog.families {
                let references = Set(family.entries.flatMap(\.spec)).sorted(by: PageContext.specOrder)
                let ranks = Dictionary(uniqueKeysWithValues: references.enumerated().map { ($1, $0) })
                var entries: [String: EntryWords] = [:]
                for entry in family.entries { entries[entry.code] = EntryWords(entry, family: family, words: words, specRanks: ranks) }
                table[language.code, default: [:]][family.id] = entries
            }
        }
    }

    /// The tables of several catalogs that hold different families, as one.
    package init(merging tables: [EntryWordsTable]) {
        for other in tables {
            table.merge(other.table) { mine, theirs in mine.merging(theirs) { first, _ in first } }
        }
    }

    subscript(language: String, family: String, code: String) -> EntryWords { table[language]![family]![code]! }
}
