/// The words of the catalog as seen from one page language, falling back to the default language.
struct Words {
    let catalog: Catalog
    let language: Language

    var defaultLanguage: Language { catalog.defaultLanguage }

    func entryText(_ entry: Entry) -> (text: EntryText, language: Language, isFallback: Bool) {
        if let text = entry.texts[language.code] { return (text, language, false) }
        return (entry.texts[defaultLanguage.code]!, defaultLanguage, true)
    }

    func title(_ entry: Entry) -> LocalizedText {
        let resolved = entryText(entry)
        return LocalizedText(text: resolved.text.title, language: resolved.language, isFallback: resolved.isFallback)
    }

    func summary(_ entry: Entry) -> LocalizedText {
        let resolved = entryText(entry)
        return LocalizedText(text: resolved.text.summary, language: resolved.language, isFallback: resolved.isFallback)
    }

    func familyText(_ family: Family) -> (text: FamilyText, language: Language, isFallback: Bool) {
        if let text = family.texts[language.code] { return (text, language, false) }
        return (family.texts[defaultLanguage.code]!, defaultLanguage, true)
    }

    func familyTitle(_ family: Family) -> LocalizedText {
        let resolved = familyText(family)
        return LocalizedText(text: resolved.text.title, language: resolved.language, isFallback: resolved.isFallback)
    }

    func classWords(_ family: Family, code: String) -> (label: LocalizedText, meaning: LocalizedText)? {
        guard let codeClass = family.codeClass(of: code) else { return nil }
        let resolved = familyText(family)
        guard let words = resolved.text.classes[codeClass.key] else { return nil }
        return (LocalizedText(text: words.label, language: resolved.language, isFallback: resolved.isFallback),
                LocalizedText(text: words.meaning, language: resolved.language, isFallback: resolved.isFallback))
    }

    func categoryWords(_ family: Family, code: String) -> (label: LocalizedText, meaning: LocalizedText)? {
        guard let category = family.category(of: code) else { return nil }
        let resolved = familyText(family)
        guard let words = resolved.text.categories[category.key] else { return nil }
        return (LocalizedText(text: words.label, language: resolved.language, isFallback: resolved.isFallback),
                LocalizedText(text: words.meaning, language: resolved.language, isFallback: resolved.isFallback))
    }

    /// The entry's own advice, else its class outcome's.
    func retryAdvice(_ family: Family, _ entry: Entry) -> RetryAdvice? {
        entry.retry ?? family.codeClass(of: entry.code)?.outcome?.defaultRetry
    }

    func outcomePhrase(_ family: Family, code: String) -> String {
        let key = family.codeClass(of: code)?.outcome?.rawValue ?? "varies"
        return language.outcomes[key] ?? key
    }

    func pattern(_ key: String) -> Pattern { language.patterns[key]! }

    func ui(_ key: String) -> String { language.text(key) }

    /// "A", "A and B", "A, B and C" from the language's list patterns; items are HTML.
    func list(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        case 2: return pattern("list_two").fillHTML(["first": items[0], "second": items[1]])
        default:
            let head = items.dropLast().joined(separator: HTML.escape(ui("list_separator")))
            return pattern("list_many").fillHTML(["items": head, "last": items[items.count - 1]])
        }
    }

    func commandList(_ commands: [String]) -> String {
        list(commands.map { $0 == "CONNECT" ? HTML.escape(ui("connection_opening")) : "<code>\(HTML.escape($0))</code>" })
    }

    func specReference(_ reference: SpecReference) -> String {
        if let section = reference.section {
            return pattern("spec_reference").fillHTML(["rfc": HTML.escape(reference.rfc), "section": HTML.escape(section)])
        }
        return pattern("spec_reference_whole").fillHTML(["rfc": HTML.escape(reference.rfc)])
    }

    func specList(_ references: [SpecReference]) -> String { list(references.map(specReference)) }

    static func specURL(_ reference: SpecReference) -> String {
        var url = "https://www.rfc-editor.org/rfc/rfc\(reference.rfc)"
        if let section = reference.section { url += "#section-\(section)" }
        return url
    }
}
