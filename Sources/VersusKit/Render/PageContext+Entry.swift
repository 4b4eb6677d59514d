/// View models of code, comparison and redirect pages.
extension PageContext {
    func codePage(_ page: Page, _ family: Family, _ entry: Entry, words: Words) -> [String: Any] {
        let language = words.language.code
        let title = words.title(entry)
        let headline = words.pattern("code_headline").fillHTML(["family": HTML.escape(family.name), "code": HTML.escape(entry.code), "title": title.html])
        let others = family.entries.filter { $0.code != entry.code && plan.isAvailable($0.code, family: family.id, in: language) }
        var context = entryBlock(page, family, entry, words: words, idPrefix: "", headingTag: "h2")
        context.merge([
            "page_title": words.pattern("code_headline").fill(["family": family.name, "code": entry.code, "title": title.text]),
            "description": words.summary(entry).text,
            "headline_html": headline,
            "family_name": family.name,
            "family_url": link(page, to: SitePaths.family(language, family.id)),
            "compare_heading_html": words.pattern("compare_heading").fillHTML(["family": HTML.escape(family.name), "code": HTML.escape(entry.code)]),
            "comparisons": others.map { other -> [String: Any] in
                let (a, b) = CodeOrder.precedes(entry.code, other.code) ? (entry.code, other.code) : (other.code, entry.code)
                return ["code": other.code, "title_html": words.title(other).html, "title": words.title(other).text,
                        "url": link(page, to: SitePaths.pair(language, family.id, a, b))]
            },
            "has_comparisons": !others.isEmpty,
        ]) { $1 }
        let available = family.entries.filter { plan.isAvailable($0.code, family: family.id, in: language) }
        if let index = available.firstIndex(where: { $0.code == entry.code }) {
            for (key, neighbour) in [("previous", index - 1), ("next", index + 1)] where available.indices.contains(neighbour) {
                let other = available[neighbour]
                context[key] = ["code": other.code, "title_html": words.title(other).html,
                                "url": link(page, to: SitePaths.code(language, family.id, other.code))]
            }
        }
        var toc: [[String: Any]] = SectionKey.entrySections.map { ["id": $0.rawValue, "label": words.language.headings[$0] ?? $0.rawValue] }
        if !(context["related"] as? [[String: Any]] ?? []).isEmpty { toc.append(["id": "related", "label": words.ui("related")]) }
        if !others.isEmpty { toc.append(["id": "compare", "label": words.ui("comparisons")]) }
        context["toc"] = toc
        context["og_type"] = "article"
        context["json_ld"] = StructuredData.script([StructuredData.techArticle(
            headline: context["page_title"] as? String ?? entry.code, description: words.summary(entry).text,
            language: language, url: catalog.site.baseURL.map { $0 + page.path }, site: catalog.site.title)])
        return context.merging(crumbs(page, [(words.ui("home"), SitePaths.home(language)),
                                             (family.name, SitePaths.family(language, family.id)), (entry.code, nil)])) { $1 }
    }

    /// What a code page and each side of a comparison show about one entry.
    func entryBlock(_ page: Page, _ family: Family, _ entry: Entry, words: Words, idPrefix: String, headingTag: String) -> [String: Any] {
        let language = words.language.code
        let resolved = words.entryText(entry)
        let html = entries.sections(family: family.id, code: entry.code, language: resolved.language.code)
        let classWords = words.classWords(family, code: entry.code)
        let sections: [[String: Any]] = SectionKey.entrySections.map { key in
            ["id": idPrefix + key.rawValue, "heading": words.language.headings[key] ?? key.rawValue, "html": html[key] ?? ""]
        }
        var block: [String: Any] = [
            "code": entry.code,
            "title_html": words.title(entry).html,
            "summary_html": words.summary(entry).html,
            "url": link(page, to: SitePaths.code(language, family.id, entry.code)),
            "fallback": resolved.isFallback,
            "content_lang": resolved.language.code,
            "content_dir": resolved.language.direction.rawValue,
            "fallback_notice_html": words.pattern("fallback_notice").fillHTML(["language": HTML.escape(resolved.language.name)]),
            "sections": sections,
            "heading_tag": headingTag,
            "class_html": classWords?.label.html ?? "",
            "class_meaning_html": classWords?.meaning.html ?? "",
            "spec": entry.spec.map { ["text_html": words.specReference($0), "url": Words.specURL($0)] },
            "nonstandard": !entry.standard,
        ]
        if let category = words.categoryWords(family, code: entry.code) { block["category_html"] = category.label.html }
        if !entry.commands.isEmpty { block["commands_html"] = words.commandList(entry.commands) }
        if let advice = words.retryAdvice(family, entry) { block["retry"] = words.language.retry[advice] ?? "" }
        if !entry.usedWith.isEmpty { block["used_with"] = entry.usedWith.map { "\($0).x.x" }.joined(separator: ", ") }
        if !entry.basicCodes.isEmpty { block["basic_codes"] = entry.basicCodes.joined(separator: ", ") }
        let related = entry.related.filter { plan.isAvailable($0, family: family.id, in: language) }.compactMap(family.entry)
        block["related"] = related.map { other -> [String: Any] in
            ["code": other.code, "title_html": words.title(other).html, "url": link(page, to: SitePaths.code(language, family.id, other.code))]
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
        let block = TemplateValue(entryBlock(page, family, entry, words: words, idPrefix: "\(entry.code)-", headingTag: "h3"))
        blocks.set(key, block)
        return block
    }

    func pairPage(_ page: Page, _ family: Family, _ a: Entry, _ b: Entry, words: Words) -> [String: TemplateValue] {
        let language = words.language.code
        let sentences = PairSentences(family: family, a: a, b: b, words: words)
        let pairLabel = words.pattern("pair_link").fillHTML(["a_code": HTML.escape(a.code), "b_code": HTML.escape(b.code)])
        let familyURL = link(page, to: SitePaths.family(language, family.id))
        var learnMore: [TemplateValue] = [a, b].map { entry in
            .object(["label_html": .text(words.pattern("code_page_link").fillHTML(["code": HTML.escape(entry.code), "title": words.title(entry).html])),
                     "url": .text(link(page, to: SitePaths.code(language, family.id, entry.code)))])
        }
        learnMore.append(.object(["label_html": .text(words.pattern("family_codes").fillHTML(["family": HTML.escape(family.name)])),
                                  "url": .text(familyURL)]))
        for reference in Array(Set(a.spec + b.spec)).sorted(by: { ($0.rfc, $0.section ?? "") < ($1.rfc, $1.section ?? "") }) {
            learnMore.append(.object(["label_html": .text(words.specReference(reference)), "url": .text(Words.specURL(reference)), "external": true]))
        }
        let pageTitle = words.pattern("pair_headline").fill([
            "family": family.name, "a_code": a.code, "a_title": words.title(a).text, "b_code": b.code, "b_title": words.title(b).text,
        ])
        let toc: [TemplateValue] = [a, b].map { .object(["id": .text("\($0.code)-heading"), "label_html": .text("\(HTML.escape($0.code)) \(words.title($0).html)")]) }
            + [SectionKey.keyDifferences, .whenToUse, .learnMore].map { key in
                .object(["id": .text(key.rawValue.replacingOccurrences(of: "_", with: "-")), "label_html": .text(HTML.escape(words.language.headings[key] ?? key.rawValue))])
            }
        let breadcrumbs: TemplateValue = .list([
            .object(["label": .text(words.ui("home")), "url": .text(link(page, to: SitePaths.home(language)))]),
            .object(["label": .text(family.name), "url": .text(familyURL)]),
            .object(["label": .text(pairLabel)]),
        ])
        return [
            "page_title": .text(pageTitle),
            "og_type": "article",
            "json_ld": .text(pairStructuredData(page, family, a, b, words: words, headline: pageTitle)),
            "description": .text("\(words.summary(a).text) \(words.summary(b).text)"),
            "headline_html": .text(sentences.headline),
            "family_name": .text(family.name),
            "family_url": .text(familyURL),
            "lead": .list(sentences.lead.map { .text($0) }),
            "sides": .list([sideBlock(family, a, words: words), sideBlock(family, b, words: words)]),
            "differences": .list(sentences.differences.map { .text($0) }),
            "uses": .list(sentences.uses.map { .text($0) }),
            "learn_more": .list(learnMore),
            "toc": .list(toc),
            "breadcrumbs": breadcrumbs,
            "has_breadcrumbs": true,
        ]
    }

    private func pairStructuredData(_ page: Page, _ family: Family, _ a: Entry, _ b: Entry, words: Words, headline: String) -> String {
        let article = StructuredData.techArticle(
            headline: headline, description: "\(words.summary(a).text) \(words.summary(b).text)", language: words.language.code,
            url: catalog.site.baseURL.map { $0 + page.path }, site: catalog.site.title)
        let questions = [a, b].map { entry -> (question: String, answer: String) in
            let retry = words.retryAdvice(family, entry).map { words.language.retry[$0] ?? "" } ?? ""
            return (words.pattern("faq_question").fill(["code": entry.code, "title": words.title(entry).text]),
                    words.pattern("use_item").fill(["code": entry.code, "title": words.title(entry).text,
                                                    "summary": words.summary(entry).text, "retry": retry]))
        }
        return StructuredData.script([article, StructuredData.faqPage(questions, language: words.language.code)])
    }

    func redirectPage(_ page: Page, _ family: Family, _ a: Entry, _ b: Entry, words: Words) -> [String: Any] {
        let target = SitePaths.pair(words.language.code, family.id, a.code, b.code)
        return [
            "page_title": words.pattern("pair_link").fill(["a_code": a.code, "b_code": b.code]),
            "target_url": link(page, to: target),
            "target_html": PairSentences.headline(family: family, a: a, b: b, words: words),
            "noindex": true,
        ]
    }
}
