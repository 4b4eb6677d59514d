import VersusModel
import VersusPlan
/// View models of the root, home, family, search and 404 pages.
extension PageContext {
    func root(_ page: Page, words: Words) -> RootPage {
        RootPage(
            home: home(page, words: words),
            chooser: catalog.languages.map { language in
                LanguageChoice(code: language.code, name: language.name, dir: language.direction.rawValue,
                               url: link(page, to: SitePaths.home(language.code)), isDefault: language.code == catalog.defaultLanguage.code)
            },
            defaultLanguageHTML: words.pattern(.defaultLanguage).fillHTML(["language": HTML.escape(words.language.name)]))
    }

    func home(_ page: Page, words: Words) -> HomePage {
        let families = catalog.families.map { family in
            let count = plan.available[words.language.code]?[family.id]?.count ?? 0
            let pairCount = plan.pairCounts[words.language.code]?[family.id] ?? 0
            let text = words.familyText(family)
            return FamilyCard(
                id: family.id, name: words.familyName(family), titleHTML: words.familyTitle(family).html,
                descriptionHTML: LocalizedText(text: text.text.description, language: text.language, isFallback: text.isFallback).html,
                url: link(page, to: SitePaths.family(words.language.code, family.id)), count: count,
                pairCountHTML: words.pattern(.pairCount).fillHTML(["count": String(pairCount)]))
        }
        return HomePage(pageTitle: catalog.site.title, description: catalog.site.title, families: families)
    }

    func familyPage(_ page: Page, _ family: Family, words: Words) -> FamilyPage {
        let language = words.language.code
        let text = words.familyText(family)
        let available = plan.available[language]?[family.id] ?? []
        let entries = family.entries.filter { available.contains($0.code) }
        let groups: [CodeGroup]
        switch family.grouping {
        case .class:
            groups = family.classes.compactMap { codeClass in
                let members = entries.filter { family.codeClass(of: $0.code)?.key == codeClass.key }
                guard !members.isEmpty, let label = text.text.classes[codeClass.key] else { return nil }
                return group(page, id: "class-\(codeClass.key)", label, members, text, words: words, family: family)
            }
        case .subject:
            groups = family.subjects.compactMap { subject in
                let members = entries.filter { family.subject(of: $0.code)?.key == subject.key }
                guard !members.isEmpty, let label = text.text.subjects[subject.key] else { return nil }
                return group(page, id: "subject-\(subject.key)", label, members, text, words: words, family: family)
            }
        case .category:
            groups = family.categories.compactMap { category in
                let members = entries.filter { family.category(of: $0.code)?.key == category.key }
                guard !members.isEmpty, let label = text.text.categories[category.key] else { return nil }
                return group(page, id: "category-\(category.key)", label, members, text, words: words, family: family)
            }
        }
        let noted = family.notes.keys.filter { available.contains($0.a) && available.contains($0.b) }
            .sorted { CodeOrder.precedes($0.a, $1.a) || ($0.a == $1.a && CodeOrder.precedes($0.b, $1.b)) }
        let frequentlyCompared = noted.map { pair in
            let a = family.entry(pair.a)!, b = family.entry(pair.b)!
            return PairLink(labelHTML: words.pattern(.pairHeadline).fillHTML([
                                "family": HTML.escape(words.familyName(family)), "a_code": HTML.escape(a.code), "a_name": words.name(a).html,
                                "b_code": HTML.escape(b.code), "b_name": words.name(b).html]),
                            url: link(page, to: SitePaths.pair(language, family.id, pair.a, pair.b)))
        }
        let title = words.familyTitle(family)
        return FamilyPage(
            pageTitle: "\(words.familyName(family)): \(title.text)", description: text.text.description,
            familyName: words.familyName(family), familyTitleHTML: title.html,
            descriptionHTML: LocalizedText(text: text.text.description, language: text.language, isFallback: text.isFallback).html,
            specHTML: words.specReference(family.spec), specURL: Words.specURL(family.spec), groups: groups,
            pickerCodes: entries.map { PickerCode(code: $0.code, name: words.name($0).text) },
            frequentlyCompared: frequentlyCompared,
            pairCountHTML: words.pattern(.pairCount).fillHTML(["count": String(plan.pairCounts[language]?[family.id] ?? 0)]),
            breadcrumbs: crumbs(page, [(words.ui(.home), SitePaths.home(language)), (words.familyName(family), nil)]))
    }

    private func group(_ page: Page, id: String, _ label: LabelledMeaning, _ members: [Entry],
                       _ text: (text: FamilyText, language: Language, isFallback: Bool), words: Words, family: Family) -> CodeGroup {
        CodeGroup(
            id: HTML.escape(id),
            labelHTML: LocalizedText(text: label.label, language: text.language, isFallback: text.isFallback).html,
            meaningHTML: LocalizedText(text: label.meaning, language: text.language, isFallback: text.isFallback).html,
            codes: members.map { entry in
                CodeListItem(code: entry.code, nameHTML: words.name(entry).html, summaryHTML: words.summary(entry).html,
                             url: link(page, to: SitePaths.code(words.language.code, family.id, entry.code)), nonstandard: !entry.standard)
            })
    }

    func searchPage(_ page: Page, words: Words) -> SearchPage {
        SearchPage(pageTitle: "\(words.ui(.search)) — \(catalog.site.title)",
                   breadcrumbs: crumbs(page, [(words.ui(.home), SitePaths.home(words.language.code)), (words.ui(.search), nil)]))
    }

    func notFound(words: Words) -> NotFoundPage {
        NotFoundPage(pageTitle: "\(words.ui(.notFoundTitle)) — \(catalog.site.title)",
                     homeURL: catalog.site.baseURL.map { $0.absolute(SitePaths.home(words.language.code)) } ?? "/")
    }
}
