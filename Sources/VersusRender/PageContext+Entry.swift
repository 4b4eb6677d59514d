import VersusModel
import VersusPlan
import VersusMarkdown
import VersusMustache
/// View models of code, comparison and redirect pages.
extension PageContext {
    func codePage(_ page: Page, _ family: Family, _ entry: Entry, words: Words) -> [String: Any] {
        let language = words.language.code
        let name = words.name(entry)
        let headline = words.pattern(.codeHeadline).fillHTML(["family": HTML.escape(words.familyName(family)), "code": HTML.escape(entry.code), "name": name.html])
        let others = family.entries.filter { $0.code != entry.code && plan.isAvailable($0.code, family: family.id, in: language) }
        let noted = others.filter { family.notes[CodePair(entry.code, $0.code)] != nil }
        func comparison(_ other: Entry) -> [String: Any] {
            let pair = CodePair(entry.code, other.code)
            return ["code": other.code, "name_html": words.name(other).html, "name": words.name(other).text,
                    "url": link(page, to: SitePaths.pair(language, family.id, pair.a, pair.b))]
        }
        var context = entryBlock(page, family, entry, words: words, idPrefix: "", headingTag: "h2")
        context.merge([
            "page_title": words.pattern(.codeHeadline).fill(["family": words.familyName(family), "code": entry.code, "name": name.text]),
            "description": words.summary(entry).text,
            "headline_html": headline,
            "family_name": words.familyName(family),
            "family_url": link(page, to: SitePaths.family(language, family.id)),
            "compare_heading_html": words.pattern(.compareHeading).fillHTML(["family": HTML.escape(words.familyName(family)), "code": HTML.escape(entry.code)]),
            "comparisons": others.map(comparison),
            "has_comparisons": !others.isEmpty,
            "frequently_compared": noted.map(comparison),
            "has_frequently_compared": !noted.isEmpty,
        ]) { $1 }
        let available = family.entries.filter { plan.isAvailable($0.code, family: family.id, in: language) }
        if let index = available.firstIndex(where: { $0.code == entry.code }) {
            for (key, neighbour) in [("previous", index - 1), ("next", index + 1)] where available.indices.contains(neighbour) {
                let other = available[neighbour]
                context[key] = ["code": other.code, "name_html": words.name(other).html,
                                "url": link(page, to: SitePaths.code(language, family.id, other.code))]
            }
        }
        var toc: [[String: Any]] = SectionKey.entrySections.map { ["id": $0.rawValue, "label": words.language.headings[$0] ?? $0.rawValue] }
        if !(context["related"] as? [[String: Any]] ?? []).isEmpty { toc.append(["id": "related", "label": words.ui("related")]) }
        if !noted.isEmpty { toc.append(["id": "frequently-compared", "label": words.ui("frequently_compared")]) }
        if !others.isEmpty { toc.append(["id": "compare", "label": words.ui("comparisons")]) }
        context["toc"] = toc
        context["og_type"] = "article"
        context["json_ld"] = StructuredData.script([StructuredData.techArticle(
            headline: context["page_title"] as? String ?? entry.code, description: words.summary(entry).text,
            language: language, url: catalog.site.baseURL.map { $0 + page.path }, site: catalog.site.title)])
        return context.merging(crumbs(page, [(words.ui("home"), SitePaths.home(language)),
                                             (words.familyName(family), SitePaths.family(language, family.id)), (entry.code, nil)])) { $1 }
    }

    /// What a code page and each side of a comparison show about one entry.
    func entryBlock(_ page: Page, _ family: Family, _ entry: Entry, words: Words, idPrefix: String, headingTag: String) -> [String: Any] {
        let language = words.language.code
        let resolved = words.entryText(entry)
        let html = entries.sections(family: family.id, code: entry.code, language: resolved.language.code)
        let classes = family.classes(of: entry).compactMap { words.classWords(family, key: $0.key) }
        let sections: [[String: Any]] = SectionKey.entrySections.map { key in
            ["id": idPrefix + key.rawValue, "heading": words.language.headings[key] ?? key.rawValue, "html": html[key] ?? ""]
        }
        let title = words.title(entry), name = words.name(entry)
        var block: [String: Any] = [
            "code": entry.code,
            "name_html": name.html,
            "title_html": title.html,
            "summary_html": words.summary(entry).html,
            "url": link(page, to: SitePaths.code(language, family.id, entry.code)),
            "fallback": resolved.isFallback,
            "content_lang": resolved.language.code,
            "content_dir": resolved.language.direction.rawValue,
            "fallback_notice_html": words.pattern(.fallbackNotice).fillHTML(["language": HTML.escape(resolved.language.name)]),
            "sections": sections,
            "heading_tag": headingTag,
            "class_html": words.list(classes.map(\.label.html)),
            "class_meaning_html": classes.count == 1 ? classes[0].meaning.html : "",
            "spec": entry.spec.map { ["text_html": words.specReference($0), "url": Words.specURL($0)] },
            "nonstandard": !entry.standard,
        ]
        if title.text != name.text { block["reply_text_html"] = title.html }
        if let subject = words.subjectWords(family, code: entry.code) { block["subject_html"] = subject.label.html }
        if let category = words.categoryWords(family, code: entry.code) { block["category_html"] = category.label.html }
        if !entry.commands.isEmpty { block["commands_html"] = words.commandList(entry.commands) }
        if let advice = family.retryAdvice(entry) { block["retry"] = words.pattern(.retryAdvice).fill(["advice": words.retryClause(advice)]) }
        if family.classSource == .usedWith, !entry.usedWith.isEmpty {
            block["used_with"] = entry.usedWith.map { EntryWords.fullCode(entry.code, class: $0) }.joined(separator: ", ")
        }
        if !entry.basicCodes.isEmpty { block["basic_codes"] = entry.basicCodes.joined(separator: ", ") }
        let related = entry.related.filter { plan.isAvailable($0, family: family.id, in: language) }.compactMap(family.entry)
        block["related"] = related.map { other -> [String: Any] in
            ["code": other.code, "name_html": words.name(other).html, "url": link(page, to: SitePaths.code(language, family.id, other.code))]
        }
        block["has_related"] = !related.isEmpty
        return block
    }

    /// One side of a comparison; the same for every pair page of the language, so it is built once.
    func sideBlock(_ family: Family, _ entry: Entry, words: Words) -> TemplateValue {
        let key = "\(words.language.code)/\(family.id)/\(entry.code)"
        if let block = blocks.get(key) { return block }
        let page = Page(kind: .code(family: family.id, code: entry.code), language: words.language.code,
                        path: SitePaths.code(words.language.code, family.id, entry.code))
        // With the language's strings inside, a side's sections read nothing from the page around them,
        // so the template engine renders each side once and reuses its bytes.
        var fields = entryBlock(page, family, entry, words: words, idPrefix: "\(entry.code)-", headingTag: "h3")
        fields["ui"] = languageStrings(words.language)
        fields["headings"] = blocks.get("headings/\(words.language.code)")
        guard case .object(let values) = TemplateValue(fields) else { fatalError("an entry block is an object") }
        let block = TemplateValue.shared(SharedFields(values))
        blocks.set(key, block)
        return block
    }

    func pairPage(_ page: Page, _ family: Family, _ a: EntryWords, _ b: EntryWords, words: Words) -> [String: TemplateValue] {
        let language = words.language.code
        let note = pairNote(family, CodePair(a.entry.code, b.entry.code), words: words)
        let sentences = PairSentences(family: family, a: a, b: b, note: note?.summary, words: words)
        let shared = pairValues(family, words: words)
        var learnMore = [a.learnMoreItem, b.learnMoreItem, shared["family_link"]!]
        for reference in Set(a.entry.spec + b.entry.spec).sorted(by: Self.specOrder) {
            learnMore.append(a.specLinks[reference] ?? b.specLinks[reference]!)
        }
        let pageTitle = words.pattern(.pairHeadline).fill([
            "family": words.familyName(family), "a_code": a.entry.code, "a_name": a.name.text, "b_code": b.entry.code, "b_name": b.name.text,
        ])
        let pairLabel = words.pattern(.pairLink).fillHTML(["a_code": a.codeHTML, "b_code": b.codeHTML])
        let description = note?.summary?.text ?? "\(a.summary.text) \(b.summary.text)"
        let structuredData = StructuredData.script([
            StructuredData.techArticle(headline: pageTitle, description: description, language: language,
                                       url: catalog.site.baseURL.map { $0 + page.path }, site: catalog.site.title),
            StructuredData.faqPage([a.faqItem, b.faqItem], language: language),
        ])
        var toc = [a.tocItem, b.tocItem]
        if note != nil { toc.append(shared["toc_in_practice"]!) }
        toc.append(shared["toc_key_differences"]!)
        if !sentences.uses.isEmpty { toc.append(shared["toc_when_to_use"]!) }
        toc.append(shared["toc_learn_more"]!)
        var values: [String: TemplateValue] = [
            "page_title": .text(pageTitle),
            "og_type": "article",
            "json_ld": .text(structuredData),
            "description": .text(description),
            "headline_html": .text(sentences.headline),
            "family_name": .text(words.familyName(family)),
            "family_url": shared["family_crumb"]!["url"]!,
            "lead": .list(sentences.lead.map { .text($0) }),
            "sides": .list([sideBlock(family, a.entry, words: words), sideBlock(family, b.entry, words: words)]),
            "differences": .list(sentences.differences.map { .text($0) }),
            "uses": .list(sentences.uses),
            "has_uses": .bool(!sentences.uses.isEmpty),
            "learn_more": .list(learnMore),
            "toc": .list(toc),
            "breadcrumbs": .list([shared["home_crumb"]!, shared["family_crumb"]!, .object(["label": .text(pairLabel)])]),
            "has_breadcrumbs": true,
        ]
        if let note { values["note"] = note.value }
        return values
    }

    /// RFCs by number, then sections in catalog order ("15.5.5" before "15.5.11").
    static func specOrder(_ x: SpecReference, _ y: SpecReference) -> Bool {
        if x.rfc != y.rfc { return (Int(x.rfc) ?? 0, x.rfc) < (Int(y.rfc) ?? 0, y.rfc) }
        return CodeOrder.precedes(x.section ?? "", y.section ?? "")
    }

    /// What every comparison page of a family and language shows alike (`toc_*` items, `family_link`, `home_crumb`,
    /// `family_crumb`), built once.
    private func pairValues(_ family: Family, words: Words) -> TemplateValue {
        let language = words.language.code
        let key = "pair/\(language)/\(family.id)"
        if let values = blocks.get(key) { return values }
        let folder = SitePaths.family(language, family.id)
        let familyURL = RelativeURL.from(folder, to: folder)
        func tocItem(_ key: SectionKey) -> TemplateValue {
            .object(["id": .text(key.rawValue.replacingOccurrences(of: "_", with: "-")),
                     "label_html": .text(HTML.escape(words.language.headings[key] ?? key.rawValue))])
        }
        let values: TemplateValue = .object([
            "toc_in_practice": tocItem(.inPractice),
            "toc_key_differences": tocItem(.keyDifferences),
            "toc_when_to_use": tocItem(.whenToUse),
            "toc_learn_more": tocItem(.learnMore),
            "family_link": .object(["label_html": .text(words.pattern(.familyCodes).fillHTML(["family": HTML.escape(words.familyName(family))])),
                                    "url": .text(familyURL)]),
            "home_crumb": .object(["label": .text(words.ui("home")), "url": .text(RelativeURL.from(folder, to: SitePaths.home(language)))]),
            "family_crumb": .object(["label": .text(words.familyName(family)), "url": .text(familyURL)]),
        ])
        blocks.set(key, values)
        return values
    }

    func redirectPage(_ page: Page, _ family: Family, _ a: EntryWords, _ b: EntryWords, words: Words) -> [String: TemplateValue] {
        let target = SitePaths.pair(words.language.code, family.id, a.entry.code, b.entry.code)
        var fields: [String: TemplateValue] = [
            "page_title": .text(words.pattern(.pairLink).fill(["a_code": a.entry.code, "b_code": b.entry.code])),
            "target_url": .text(link(page, to: target)),
            "target_html": .text(PairSentences.headline(family: family, a: a, b: b, words: words)),
            "noindex": true,
        ]
        if let base = catalog.site.baseURL { fields["canonical"] = .text(base + target) }
        return fields
    }
}
