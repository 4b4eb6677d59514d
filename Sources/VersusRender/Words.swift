import VersusModel
/// The words of the catalog as seen from one page language, falling back to the default language.
package struct Words {
    let catalog: Catalog
    let language: Language
    /// The language's patterns with their own text escaped for HTML.
    let htmlPatterns: [PatternKey: Pattern]

    /// `htmlPatterns` are `escapedPatterns(language)`, passed in when many pages share them.
    init(catalog: Catalog, language: Language, htmlPatterns: [PatternKey: Pattern]? = nil) {
        self.catalog = catalog
        self.language = language
        self.htmlPatterns = htmlPatterns ?? Self.escapedPatterns(language)
    }

    static func escapedPatterns(_ language: Language) -> [PatternKey: Pattern] {
        language.patterns.mapValues { $0.mapText(HTML.escape) }
    }

    var defaultLanguage: Language { catalog.defaultLanguage }

    func entryText(_ entry: Entry) -> (text: EntryText, language: Language, isFallback: Bool) {
        if let text = entry.texts[language.code] { return (text, language, false) }
        return (entry.texts[defaultLanguage.code]!, defaultLanguage, true)
    }

    /// The text whose three sections a page shows: the translation's, unless it has none (a translation may hold
    /// only its front matter), then the default language's, marked as a fallback.
    func sectionsText(_ entry: Entry) -> (text: EntryText, language: Language, isFallback: Bool) {
        if let text = entry.texts[language.code], !text.sections.isEmpty { return (text, language, false) }
        return (entry.texts[defaultLanguage.code]!, defaultLanguage, language.code != defaultLanguage.code)
    }

    /// The reply text as the spec words it. A translation that keeps the default language's words (HTTP's
    /// registered reason phrases) is marked as that language's text.
    func title(_ entry: Entry) -> LocalizedText {
        let resolved = entryText(entry)
        if !resolved.isFallback, resolved.language.code != defaultLanguage.code,
           let original = entry.texts[defaultLanguage.code], original.title == resolved.text.title {
            return LocalizedText(text: original.title, language: defaultLanguage, isFallback: true)
        }
        return LocalizedText(text: resolved.text.title, language: resolved.language, isFallback: resolved.isFallback)
    }

    private func localized(_ entry: Entry, _ field: (EntryText) -> String) -> LocalizedText {
        let resolved = entryText(entry)
        return LocalizedText(text: field(resolved.text), language: resolved.language, isFallback: resolved.isFallback)
    }

    /// The short common name: headlines, links, pickers and search use it.
    func name(_ entry: Entry) -> LocalizedText { localized(entry, \.name) }

    func summary(_ entry: Entry) -> LocalizedText { localized(entry, \.summary) }

    /// When to send the code: the page language's, else the default language's, else nil.
    func useWhen(_ entry: Entry) -> LocalizedText? {
        if let text = entry.texts[language.code]?.useWhen { return LocalizedText(text: text, language: language, isFallback: false) }
        if let text = entry.texts[defaultLanguage.code]?.useWhen {
            return LocalizedText(text: text, language: defaultLanguage, isFallback: language.code != defaultLanguage.code)
        }
        return nil
    }

    func familyText(_ family: Family) -> (text: FamilyText, language: Language, isFallback: Bool) {
        if let text = family.texts[language.code] { return (text, language, false) }
        return (family.texts[defaultLanguage.code]!, defaultLanguage, true)
    }

    func familyTitle(_ family: Family) -> LocalizedText {
        let resolved = familyText(family)
        return LocalizedText(text: resolved.text.title, language: resolved.language, isFallback: resolved.isFallback)
    }

    private func labelled(_ family: Family, _ table: (FamilyText) -> [String: LabelledMeaning], key: String?)
        -> (label: LocalizedText, meaning: LocalizedText)? {
        guard let key else { return nil }
        let resolved = familyText(family)
        guard let words = table(resolved.text)[key] else { return nil }
        return (LocalizedText(text: words.label, language: resolved.language, isFallback: resolved.isFallback),
                LocalizedText(text: words.meaning, language: resolved.language, isFallback: resolved.isFallback))
    }

    func classWords(_ family: Family, key: String?) -> (label: LocalizedText, meaning: LocalizedText)? {
        labelled(family, \.classes, key: key)
    }

    func subjectWords(_ family: Family, code: String) -> (label: LocalizedText, meaning: LocalizedText)? {
        labelled(family, \.subjects, key: family.subject(of: code)?.key)
    }

    func categoryWords(_ family: Family, code: String) -> (label: LocalizedText, meaning: LocalizedText)? {
        labelled(family, \.categories, key: family.category(of: code)?.key)
    }

    func outcomePhrase(_ outcome: Outcome?) -> String {
        let key = outcome?.rawValue ?? "varies"
        return language.outcomes[key] ?? key
    }

    /// The advice clause ("try again later, ..."), unescaped.
    func retryClause(_ advice: RetryAdvice) -> String { language.retry[advice] ?? advice.rawValue }

    func pattern(_ key: PatternKey) -> SentencePattern {
        SentencePattern(pattern: language.patterns[key]!, html: htmlPatterns[key]!, isolatesValues: language.direction == .rtl)
    }

    func ui(_ key: UIKey) -> String { language.text(key.rawValue) }

    /// "A", "A and B", "A, B and C" from the language's list patterns; items are HTML.
    func list(_ items: [String]) -> String { join(items, two: .listTwo, many: .listMany) }

    /// "A or B", "A, B or C"; items are HTML.
    func alternatives(_ items: [String]) -> String { join(items, two: .listOrTwo, many: .listOrMany) }

    private func join(_ items: [String], two: PatternKey, many: PatternKey) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        case 2: return pattern(two).fillHTML(["first": items[0], "second": items[1]])
        default:
            let head = items.dropLast().joined(separator: HTML.escape(ui(.listSeparator)))
            return pattern(many).fillHTML(["items": head, "last": items[items.count - 1]])
        }
    }

    /// The opening of the connection, which a greeting answers, is written `connection` in `commands`.
    static let connectionOpening = "connection"

    func commandList(_ commands: [String]) -> String {
        list(commands.map { $0 == Self.connectionOpening ? HTML.escape(ui(.connectionOpening)) : "<code>\(HTML.escape($0))</code>" })
    }

    /// What the family's `commands` are called: commands (SMTP, FTP) or methods (HTTP).
    func commandsNoun(_ family: Family) -> String { ui(family.commandsAre == .methods ? .methodsNoun : .commandsNoun) }

    /// The family's display name in this language.
    func familyName(_ family: Family) -> String { familyText(family).text.name }

    /// One reference as a label ("RFC 5321, section 4.2").
    func specReference(_ reference: SpecReference) -> String {
        if let section = reference.section {
            return pattern(.specReference).fillHTML(["rfc": HTML.escape(reference.rfc), "section": HTML.escape(section)])
        }
        return pattern(.specReferenceWhole).fillHTML(["rfc": HTML.escape(reference.rfc)])
    }

    /// References for a sentence, in the entry's order of RFCs, the sections of one RFC grouped and in order
    /// ("RFC 959, sections 4.1.1 and 4.2.2 and RFC 2228, section 3").
    func specList(_ references: [SpecReference]) -> String {
        var order: [String] = []
        var sections: [String: [String]] = [:]
        var whole = Set<String>()
        for reference in references {
            if sections[reference.rfc] == nil && !whole.contains(reference.rfc) { order.append(reference.rfc) }
            if let section = reference.section {
                if !(sections[reference.rfc]?.contains(section) ?? false) { sections[reference.rfc, default: []].append(section) }
            } else {
                whole.insert(reference.rfc)
            }
        }
        let items = order.map { rfc -> String in
            let cited = (sections[rfc] ?? []).sorted(by: CodeOrder.precedes)
            let label: String
            switch cited.count {
            case 0: label = pattern(.specReferenceWhole).fillHTML(["rfc": HTML.escape(rfc)])
            case 1: label = pattern(.specReference).fillHTML(["rfc": HTML.escape(rfc), "section": HTML.escape(cited[0])])
            default: label = pattern(.specReferenceSections).fillHTML(["rfc": HTML.escape(rfc), "sections": list(cited.map(HTML.escape))])
            }
            return pattern(.specCited).fillHTML(["reference": label])
        }
        return list(items)
    }

    static func specURL(_ reference: SpecReference) -> String {
        var url = "https://www.rfc-editor.org/rfc/rfc\(reference.rfc)"
        if let section = reference.section { url += "#section-\(section)" }
        return url
    }
}
