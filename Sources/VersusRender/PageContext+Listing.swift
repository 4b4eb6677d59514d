import VersusModel
import VersusPlan
import VersusMarkdown
import VersusMustache
/// View models of the root, home, family and 404 pages.
extension PageContext {
    func root(_ page: Page, words: Words) -> [String: Any] {
        var context = home(page, words: words)
        context["chooser"] = catalog.languages.map { language -> [String: Any] in
            ["code": language.code, "name": language.name, "dir": language.direction.rawValue,
             "url": link(page, to: SitePaths.home(language.code)), "is_default": language.code == catalog.defaultLanguage.code]
        }
        context["default_language_html"] = words.pattern(.defaultLanguage).fillHTML(["language": HTML.escape(words.language.name)])
        return context
    }

    func home(_ page: Page, words: Words) -> [String: Any] {
        let families: [[String: Any]] = catalog.families.map { family in
            let count = plan.available[words.language.code]?[family.id]?.count ?? 0
            let text = words.familyText(family)
            return [
                "id": family.id, "name": words.familyName(family), "title_html": words.familyTitle(family).html,
                "description_html": LocalizedText(text: text.text.description, language: text.language, isFallback: text.isFallback).html,
                "url": link(page, to: SitePaths.family(words.language.code, family.id)),
                "count": count,
                "pair_count_html": words.pattern(.pairCount).fillHTML(["count": String(count * max(count - 1, 0) / 2)]),
            ]
        }
        return ["page_title": catalog.site.title, "families": families, "description": catalog.site.title]
    }

    func familyPage(_ page: Page, _ family: Family, words: Words) -> [String: Any] {
        let language = words.language.code
        let text = words.familyText(family)
        let available = plan.available[language]?[family.id] ?? []
        let entries = family.entries.filter { available.contains($0.code) }
        let groups: [[String: Any]]
        switch family.grouping {
        case .class:
            groups = family.classes.compactMap { codeClass in
                let members = entries.filter { family.codeClass(of: $0.code)?.key == codeClass.key }
                guard !members.isEmpty, let words2 = text.text.classes[codeClass.key] else { return nil }
                return group(page, id: "class-\(codeClass.key)", words2, members, text, words: words, family: family)
            }
        case .subject:
            groups = family.subjects.compactMap { subject in
                let members = entries.filter { family.subject(of: $0.code)?.key == subject.key }
                guard !members.isEmpty, let words2 = text.text.subjects[subject.key] else { return nil }
                return group(page, id: "subject-\(subject.key)", words2, members, text, words: words, family: family)
            }
        case .category:
            groups = family.categories.compactMap { category in
                let members = entries.filter { family.category(of: $0.code)?.key == category.key }
                guard !members.isEmpty, let words2 = text.text.categories[category.key] else { return nil }
                return group(page, id: "category-\(category.key)", words2, members, text, words: words, family: family)
            }
        }
        let noted = family.notes.keys.filter { available.contains($0.a) && available.contains($0.b) }
            .sorted { CodeOrder.precedes($0.a, $1.a) || ($0.a == $1.a && CodeOrder.precedes($0.b, $1.b)) }
        let frequentlyCompared: [[String: Any]] = noted.map { pair in
            let a = family.entry(pair.a)!, b = family.entry(pair.b)!
            return ["label_html": words.pattern(.pairHeadline).fillHTML([
                        "family": HTML.escape(words.familyName(family)), "a_code": HTML.escape(a.code), "a_name": words.name(a).html,
                        "b_code": HTML.escape(b.code), "b_name": words.name(b).html]),
                    "url": link(page, to: SitePaths.pair(language, family.id, pair.a, pair.b))]
        }
        let title = words.familyTitle(family)
        return [
            "page_title": "\(words.familyName(family)): \(title.text)",
            "description": text.text.description,
            "family_name": words.familyName(family), "family_title_html": title.html,
            "description_html": LocalizedText(text: text.text.description, language: text.language, isFallback: text.isFallback).html,
            "spec_html": words.specReference(family.spec), "spec_url": Words.specURL(family.spec),
            "groups": groups,
            "picker_codes": entries.map { ["code": $0.code, "name": words.name($0).text] },
            "frequently_compared": frequentlyCompared,
            "has_frequently_compared": !frequentlyCompared.isEmpty,
            "has_picker": entries.count > 1,
            "pair_count_html": words.pattern(.pairCount).fillHTML(["count": String(entries.count * max(entries.count - 1, 0) / 2)]),
        ].merging(crumbs(page, [(words.ui("home"), SitePaths.home(language)), (words.familyName(family), nil)])) { $1 }
    }

    private func group(_ page: Page, id: String, _ label: LabelledMeaning, _ members: [Entry],
                       _ text: (text: FamilyText, language: Language, isFallback: Bool), words: Words, family: Family) -> [String: Any] {
        [
            "id": HTML.escape(id),
            "label_html": LocalizedText(text: label.label, language: text.language, isFallback: text.isFallback).html,
            "meaning_html": LocalizedText(text: label.meaning, language: text.language, isFallback: text.isFallback).html,
            "codes": members.map { entry -> [String: Any] in
                ["code": entry.code, "name_html": words.name(entry).html, "summary_html": words.summary(entry).html,
                 "url": link(page, to: SitePaths.code(words.language.code, family.id, entry.code)), "nonstandard": !entry.standard]
            },
        ]
    }

    func searchPage(_ page: Page, words: Words) -> [String: Any] {
        ["page_title": "\(words.ui("search")) — \(catalog.site.title)", "noindex": true]
            .merging(crumbs(page, [(words.ui("home"), SitePaths.home(words.language.code)), (words.ui("search"), nil)])) { $1 }
    }

    func notFound(words: Words) -> [String: Any] {
        [
            "page_title": "\(words.ui("not_found_title")) — \(catalog.site.title)",
            "home_url": catalog.site.baseURL.map { $0 + SitePaths.home(words.language.code) } ?? "/",
            "noindex": true,
        ]
    }
}
