import VersusMustache

/// `home`: every family of the language.
struct HomePage: TemplateConvertible {
    var pageTitle: String
    var description: String
    var families: [FamilyCard]

    var templateValue: TemplateValue { .fields(["page_title": pageTitle, "description": description, "families": families]) }
}

/// `index`: the home page's families, plus the language chooser.
struct RootPage: TemplateConvertible {
    var home: HomePage
    var chooser: [LanguageChoice]
    var defaultLanguageHTML: String

    var templateValue: TemplateValue {
        var value = home.templateValue
        value.merge(.fields(["chooser": chooser, "default_language_html": defaultLanguageHTML]), keepingExisting: false)
        return value
    }
}

/// A family as the home page lists it.
struct FamilyCard: TemplateConvertible {
    var id: String
    var name: String
    var titleHTML: String
    var descriptionHTML: String
    var url: String
    /// Codes available in the page's language.
    var count: Int
    var pairCountHTML: String

    var templateValue: TemplateValue {
        .fields(["id": id, "name": name, "title_html": titleHTML, "description_html": descriptionHTML, "url": url,
                 "count": count, "pair_count_html": pairCountHTML])
    }
}

/// A language in the root page's chooser.
struct LanguageChoice: TemplateConvertible {
    var code: String
    var name: String
    var dir: String
    var url: String
    var isDefault: Bool

    var templateValue: TemplateValue { .fields(["code": code, "name": name, "dir": dir, "url": url, "is_default": isDefault]) }
}

/// `family`: the family's codes in groups, its noted pairs and the compare picker.
struct FamilyPage: TemplateConvertible {
    var pageTitle: String
    var description: String
    var familyName: String
    var familyTitleHTML: String
    var descriptionHTML: String
    var specHTML: String
    var specURL: String
    var groups: [CodeGroup]
    var pickerCodes: [PickerCode]
    var frequentlyCompared: [PairLink]
    var pairCountHTML: String
    var breadcrumbs: [Crumb]

    var templateValue: TemplateValue {
        .fields(["page_title": pageTitle, "description": description, "family_name": familyName,
                 "family_title_html": familyTitleHTML, "description_html": descriptionHTML, "spec_html": specHTML,
                 "spec_url": specURL, "groups": groups, "picker_codes": pickerCodes, "has_picker": pickerCodes.count > 1,
                 "frequently_compared": frequentlyCompared, "has_frequently_compared": !frequentlyCompared.isEmpty,
                 "pair_count_html": pairCountHTML, "breadcrumbs": breadcrumbs, "has_breadcrumbs": !breadcrumbs.isEmpty])
    }
}

/// The codes of one class, subject or category on a family page.
struct CodeGroup: TemplateConvertible {
    var id: String
    var labelHTML: String
    var meaningHTML: String
    var codes: [CodeListItem]

    var templateValue: TemplateValue { .fields(["id": id, "label_html": labelHTML, "meaning_html": meaningHTML, "codes": codes]) }
}

/// A code in a family page's list.
struct CodeListItem: TemplateConvertible {
    var code: String
    var nameHTML: String
    var summaryHTML: String
    var url: String
    var nonstandard: Bool

    var templateValue: TemplateValue {
        .fields(["code": code, "name_html": nameHTML, "summary_html": summaryHTML, "url": url, "nonstandard": nonstandard])
    }
}

/// A code in the compare picker.
struct PickerCode: TemplateConvertible {
    var code: String
    var name: String

    var templateValue: TemplateValue { .fields(["code": code, "name": name]) }
}

/// A link to a comparison page under "Frequently compared".
struct PairLink: TemplateConvertible {
    var labelHTML: String
    var url: String

    var templateValue: TemplateValue { .fields(["label_html": labelHTML, "url": url]) }
}

/// `search`: the script fills the results.
struct SearchPage: TemplateConvertible {
    var pageTitle: String
    var breadcrumbs: [Crumb]

    var templateValue: TemplateValue {
        .fields(["page_title": pageTitle, "noindex": true, "breadcrumbs": breadcrumbs, "has_breadcrumbs": !breadcrumbs.isEmpty])
    }
}

/// `404`: served at any depth, so its one link is absolute.
struct NotFoundPage: TemplateConvertible {
    var pageTitle: String
    /// Absolute with `base_url`, else `/`.
    var homeURL: String

    var templateValue: TemplateValue { .fields(["page_title": pageTitle, "home_url": homeURL, "noindex": true]) }
}
