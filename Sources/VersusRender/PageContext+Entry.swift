import VersusModel
import VersusPlan
import VersusMustache
/// View models of code, comparison and redirect pages.
extension PageContext {
    func codePage(_ page: Page, _ family: Family, _ entry: Entry, words: Words) -> CodePage {
        let language = words.language.code
        let name = words.name(entry)
        let headline = words.pattern(.codeHeadline).fillHTML(["family": HTML.escape(words.familyName(family)), "code": HTML.escape(entry.code), "name": name.html])
        let others = family.entries.filter { $0.code != entry.code && plan.hasPair(entry.code, $0.code, family: family.id, in: language) }
        let noted = others.filter { family.notes[CodePair(entry.code, $0.code)] != nil }
        func comparison(_ other: Entry) -> Comparison {
            let pair = CodePair(entry.code, other.code)
            return Comparison(code: other.code, name: words.name(other).text, nameHTML: words.name(other).html,
                              url: link(page, to: SitePaths.pair(language, family.id, pair.a, pair.b)))
        }
        let block = entryBlock(page, family, entry, words: words, idPrefix: "", headingTag: "h2")
        let available = family.entries.filter { plan.isAvailable($0.code, family: family.id, in: language) }
        let index = available.firstIndex { $0.code == entry.code }
        func neighbour(_ offset: Int) -> CodeLink? {
            guard let index, available.indices.contains(index + offset) else { return nil }
            let other = available[index + offset]
            return CodeLink(code: other.code, nameHTML: words.name(other).html, url: link(page, to: SitePaths.code(language, family.id, other.code)))
        }
        let exchangeSVG = exchangeSVG(family, [entry], words: words)
        var toc = exchangeSVG == nil ? [] : [TocEntry(id: "exchange", label: words.language.headings[.exchange] ?? "exchange")]
        toc += SectionKey.entrySections.map { TocEntry(id: $0.rawValue, label: words.language.headings[$0] ?? $0.rawValue) }
        if !block.related.isEmpty { toc.append(TocEntry(id: "related", label: words.ui(.related))) }
        if !noted.isEmpty { toc.append(TocEntry(id: "frequently-compared", label: words.ui(.frequentlyCompared))) }
        if !others.isEmpty { toc.append(TocEntry(id: "compare", label: words.ui(.comparisons))) }
        let pageTitle = words.pattern(.codeHeadline).fill(["family": words.familyName(family), "code": entry.code, "name": name.text])
        return CodePage(
            entry: block, pageTitle: pageTitle, description: words.summary(entry).text, headlineHTML: headline,
            familyName: words.familyName(family), familyURL: link(page, to: SitePaths.family(language, family.id)),
            compareHeadingHTML: words.pattern(.compareHeading).fillHTML(["family": HTML.escape(words.familyName(family)), "code": HTML.escape(entry.code)]),
            comparisons: others.map(comparison), frequentlyCompared: noted.map(comparison), previous: neighbour(-1), next: neighbour(1),
            toc: toc,
            jsonLD: StructuredData.script([StructuredData.techArticle(
                headline: pageTitle, description: words.summary(entry).text,
                language: language, url: catalog.site.baseURL.map { $0.absolute(page.path) }, site: catalog.site.title)]),
            breadcrumbs: crumbs(page, [(words.ui(.home), SitePaths.home(language)),
                                       (words.familyName(family), SitePaths.family(language, family.id)), (entry.code, nil)]),
            exchangeSVG: exchangeSVG)
    }

    /// What a code page and each side of a comparison show about one entry.
    func entryBlock(_ page: Page, _ family: Family, _ entry: Entry, words: Words, idPrefix: String, headingTag: String) -> EntryBlock {
        let language = words.language.code
        let sectionsText = words.sectionsText(entry)
        let html = entries.sections(family: family.id, code: entry.code, language: sectionsText.language.code, prefixed: !idPrefix.isEmpty)
        let classes = family.classes(of: entry).compactMap { words.classWords(family, key: $0.key) }
        let title = words.title(entry), name = words.name(entry)
        let related = entry.related.filter { plan.isAvailable($0, family: family.id, in: language) }.compactMap(family.entry)
        return EntryBlock(
            code: entry.code, nameHTML: name.html, titleHTML: title.html, summaryHTML: words.summary(entry).html,
            url: link(page, to: SitePaths.code(language, family.id, entry.code)),
            fallback: sectionsText.isFallback, contentLang: sectionsText.language.code,
            contentDir: sectionsText.language.direction.rawValue,
            fallbackNoticeHTML: words.pattern(.fallbackNotice).fillHTML(["language": HTML.escape(words.language.name(of: sectionsText.language))]),
            sections: SectionKey.entrySections.map { key in
                SectionView(id: idPrefix + key.rawValue, heading: words.language.headings[key] ?? key.rawValue, html: html[key] ?? "")
            },
            headingTag: headingTag,
            classHTML: words.list(classes.map(\.label.html)),
            classMeaningHTML: classes.count == 1 ? classes[0].meaning.html : "",
            spec: entry.spec.map { SpecLink(textHTML: words.specReference($0), url: Words.specURL($0)) },
            nonstandard: !entry.standard,
            replyTextHTML: title.text != name.text ? title.html : nil,
            subjectHTML: words.subjectWords(family, code: entry.code)?.label.html,
            categoryHTML: words.categoryWords(family, code: entry.code)?.label.html,
            commandsHTML: entry.commands.isEmpty ? nil : words.commandList(entry.commands),
            retry: family.retryAdvice(entry).map { words.pattern(.retryAdvice).fill(["advice": words.retryClause($0)]) },
            usedWith: family.classSource == .usedWith && !entry.usedWith.isEmpty
                ? entry.usedWith.map { EntryWords.fullCode(entry.code, class: $0) }.joined(separator: ", ") : nil,
            basicCodes: entry.basicCodes.isEmpty ? nil : entry.basicCodes.joined(separator: ", "),
            related: related.map { other in
                CodeLink(code: other.code, nameHTML: words.name(other).html, url: link(page, to: SitePaths.code(language, family.id, other.code)))
            })
    }

    /// One side of a comparison; the same for every pair page of the language, so it is built once and kept with
    /// the entry's words.
    func sideBlock(_ family: Family, _ side: EntryWords, words: Words) -> TemplateValue {
        if let block = side.sideBlock.withLock({ $0 }) { return block }
        let entry = side.entry
        let page = Page(kind: .code(family: family.id, code: entry.code), language: words.language.code,
                        path: SitePaths.code(words.language.code, family.id, entry.code))
        // With the language's strings inside, a side's sections read nothing from the page around them,
        // so the template engine renders each side once and reuses its bytes.
        var block = entryBlock(page, family, entry, words: words, idPrefix: "\(entry.code)-", headingTag: "h3")
        block.ui = languageStrings(words.language)
        block.headings = blocks.get("headings/\(words.language.code)")
        let value = block.templateValue.sharedObject
        side.sideBlock.withLock { $0 = value }
        return value
    }

    func pairPage(_ page: Page, _ family: Family, _ a: EntryWords, _ b: EntryWords, words: Words) -> PairPage {
        let language = words.language.code
        let note = pairNote(family, CodePair(a.entry.code, b.entry.code), words: words)
        let sentences = PairSentences(family: family, a: a, b: b, note: note?.summary, words: words)
        let shared = pairValues(family, words: words)
        var learnMore = [a.learnMoreItem, b.learnMoreItem, shared["family_link"]!]
        for reference in Self.union(a.orderedSpec, b.orderedSpec) {
            learnMore.append(a.specLinks[reference] ?? b.specLinks[reference]!)
        }
        let pageTitle = words.pattern(.pairHeadline).fill([
            "family": words.familyName(family), "a_code": a.entry.code, "a_name": a.name.text, "b_code": b.entry.code, "b_name": b.name.text,
        ])
        let pairLabel = words.pattern(.pairLink).fillHTML(["a_code": a.codeHTML, "b_code": b.codeHTML])
        let description = note?.summary?.text ?? "\(a.summary.text) \(b.summary.text)"
        let structuredData = StructuredData.script([
            StructuredData.techArticle(headline: pageTitle, description: description, language: language,
                                       url: catalog.site.baseURL.map { $0.absolute(page.path) }, site: catalog.site.title),
            StructuredData.faqPage([a.faqItem, b.faqItem], language: language),
        ])
        let exchangeSVG = exchangeSVG(family, [a.entry, b.entry], words: words)
        var toc = exchangeSVG == nil ? [] : [shared["toc_exchange"]!]
        toc += [a.tocItem, b.tocItem]
        if note != nil { toc.append(shared["toc_in_practice"]!) }
        toc.append(shared["toc_key_differences"]!)
        if !sentences.uses.isEmpty { toc.append(shared["toc_when_to_use"]!) }
        toc.append(shared["toc_learn_more"]!)
        return PairPage(
            pageTitle: pageTitle, jsonLD: structuredData, description: description, headlineHTML: sentences.headline,
            familyName: words.familyName(family), familyURL: shared["family_crumb"]!["url"]!, lead: sentences.lead,
            sides: [sideBlock(family, a, words: words), sideBlock(family, b, words: words)], note: note?.value,
            differences: sentences.differences, uses: sentences.uses, learnMore: learnMore, toc: toc,
            breadcrumbs: [shared["home_crumb"]!, shared["family_crumb"]!, .object(["label": .text(pairLabel)])],
            exchangeSVG: exchangeSVG)
    }

    /// The references of two entries in `specOrder`, each once.
    static func union(_ first: [(reference: SpecReference, rank: Int)], _ second: [(reference: SpecReference, rank: Int)]) -> [SpecReference] {
        var merged: [SpecReference] = []
        merged.reserveCapacity(first.count + second.count)
        var (i, j) = (0, 0)
        while i < first.count || j < second.count {
            if j == second.count || (i < first.count && first[i].rank < second[j].rank) {
                merged.append(first[i].reference); i += 1
            } else if i == first.count || second[j].rank < first[i].rank {
                merged.append(second[j].reference); j += 1
            } else {
                merged.append(first[i].reference); i += 1; j += 1
            }
        }
        return merged
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
            "toc_exchange": tocItem(.exchange),
            "toc_in_practice": tocItem(.inPractice),
            "toc_key_differences": tocItem(.keyDifferences),
            "toc_when_to_use": tocItem(.whenToUse),
            "toc_learn_more": tocItem(.learnMore),
            "family_link": .object(["label_html": .text(words.pattern(.familyCodes).fillHTML(["family": HTML.escape(words.familyName(family))])),
                                    "url": .text(familyURL)]),
            "home_crumb": .object(["label": .text(words.ui(.home)), "url": .text(RelativeURL.from(folder, to: SitePaths.home(language)))]),
            "family_crumb": .object(["label": .text(words.familyName(family)), "url": .text(familyURL)]),
        ])
        blocks.set(key, values)
        return values
    }

    func redirectPage(_ page: Page, _ family: Family, _ a: EntryWords, _ b: EntryWords, words: Words) -> RedirectPage {
        let target = SitePaths.pair(words.language.code, family.id, a.entry.code, b.entry.code)
        return RedirectPage(pageTitle: words.pattern(.pairLink).fill(["a_code": a.entry.code, "b_code": b.entry.code]),
                            targetURL: link(page, to: target),
                            targetHTML: PairSentences.headline(family: family, a: a, b: b, words: words),
                            canonical: catalog.site.baseURL.map { $0.absolute(target) })
    }
}
