import VersusMustache

// View models: one struct per page kind and per part, turned into the values templates receive. The keys here are
// the template variables the README documents (a test compares the two).

/// Variables every page of a language and folder shares (built once per folder).
struct FolderValues: TemplateConvertible {
    var lang: String
    var dir: String
    var siteTitle: String
    /// Relative prefix to the site folder (`../../`).
    var root: String
    var homeURL: String
    /// The language's interface strings (`ui.<key>`) and section headings (`headings.<key>`), converted once.
    var ui: TemplateValue
    var headings: TemplateValue
    var hasLanguages: Bool
    var scriptURL: String
    var searchIndexURL: String
    var searchURL: String
    var languageRoot: String

    var templateValue: TemplateValue {
        .fields(["lang": lang, "dir": dir, "site_title": siteTitle, "root": root, "home_url": homeURL, "ui": ui,
                 "headings": headings, "has_languages": hasLanguages, "script_url": scriptURL,
                 "search_index_url": searchIndexURL, "search_url": searchURL, "language_root": languageRoot])
    }
}

/// Variables every page receives that depend on the page itself.
struct PageValues: TemplateConvertible {
    /// The language switcher.
    var languages: [LanguageLink]
    /// Only with `base_url`.
    var canonical: String?
    var alternates: [Alternate]?

    // Every page converts these, so they are built directly rather than through `.fields`.
    var templateValue: TemplateValue {
        var fields: [String: TemplateValue] = ["languages": .list(languages.map { $0.templateValue })]
        if let canonical { fields["canonical"] = .text(canonical) }
        if let alternates { fields["alternates"] = .list(alternates.map { $0.templateValue }) }
        return .object(fields)
    }
}

/// One language in the switcher: the same page in that language, or its home.
struct LanguageLink: TemplateConvertible {
    var code: String
    var name: String
    var url: String
    var current: Bool

    var templateValue: TemplateValue { .object(["code": .text(code), "name": .text(name), "url": .text(url), "current": .bool(current)]) }
}

/// An hreflang link.
struct Alternate: TemplateConvertible {
    var hreflang: String
    var url: String

    var templateValue: TemplateValue { .object(["hreflang": .text(hreflang), "url": .text(url)]) }
}

/// A breadcrumb: its label, and a link except on the last.
struct Crumb: TemplateConvertible {
    var label: String
    var url: String?

    var templateValue: TemplateValue { .fields(["label": label, "url": url]) }
}

/// A heading of the page's table of contents.
struct TocEntry: TemplateConvertible {
    var id: String
    var label: String

    var templateValue: TemplateValue { .fields(["id": id, "label": label]) }
}

/// A link to a code page: `code`, `name_html`, `url`.
struct CodeLink: TemplateConvertible {
    var code: String
    var nameHTML: String
    var url: String

    var templateValue: TemplateValue { .fields(["code": code, "name_html": nameHTML, "url": url]) }
}
