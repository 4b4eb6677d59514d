import VersusMustache

/// What a code page and each side of a comparison show about one entry.
struct EntryBlock: TemplateConvertible {
    var code: String
    var nameHTML: String
    var titleHTML: String
    var summaryHTML: String
    var url: String
    /// Set when the text is the default language's, shown with its own `lang` and `dir` and a notice.
    var fallback: Bool
    var contentLang: String
    var contentDir: String
    var fallbackNoticeHTML: String
    var sections: [SectionView]
    /// `h2` on a code page, `h3` on a comparison.
    var headingTag: String
    var classHTML: String
    var classMeaningHTML: String
    var spec: [SpecLink]
    var nonstandard: Bool
    /// The title, only when it differs from the name.
    var replyTextHTML: String?
    var subjectHTML: String?
    var categoryHTML: String?
    var commandsHTML: String?
    /// The retry advice, as a sentence.
    var retry: String?
    /// The full codes as sent (`4.7.12, 5.7.12`), for codes whose class comes from `used_with`.
    var usedWith: String?
    var basicCodes: String?
    var related: [CodeLink]
    /// On comparison pages only: each side carries the language's strings, so its sections read nothing outside it.
    var ui: TemplateValue?
    var headings: TemplateValue?

    var templateValue: TemplateValue {
        .fields(["code": code, "name_html": nameHTML, "title_html": titleHTML, "summary_html": summaryHTML, "url": url,
                 "fallback": fallback, "content_lang": contentLang, "content_dir": contentDir,
                 "fallback_notice_html": fallbackNoticeHTML, "sections": sections, "heading_tag": headingTag,
                 "class_html": classHTML, "class_meaning_html": classMeaningHTML, "spec": spec, "nonstandard": nonstandard,
                 "reply_text_html": replyTextHTML, "subject_html": subjectHTML, "category_html": categoryHTML,
                 "commands_html": commandsHTML, "retry": retry, "used_with": usedWith, "basic_codes": basicCodes,
                 "related": related, "has_related": !related.isEmpty, "ui": ui, "headings": headings])
    }
}

/// One of the three sections of an entry.
struct SectionView: TemplateConvertible {
    var id: String
    var heading: String
    var html: String

    var templateValue: TemplateValue { .fields(["id": id, "heading": heading, "html": html]) }
}

/// A reference to the specification, linked.
struct SpecLink: TemplateConvertible {
    var textHTML: String
    var url: String

    var templateValue: TemplateValue { .fields(["text_html": textHTML, "url": url]) }
}

/// A code the page compares with: `code`, `name`, `name_html` and the comparison's `url`.
struct Comparison: TemplateConvertible {
    var code: String
    var name: String
    var nameHTML: String
    var url: String

    var templateValue: TemplateValue { .fields(["code": code, "name": name, "name_html": nameHTML, "url": url]) }
}

/// `code`: the entry block and its page's links.
struct CodePage: TemplateConvertible {
    var entry: EntryBlock
    var pageTitle: String
    var description: String
    var headlineHTML: String
    var familyName: String
    var familyURL: String
    var compareHeadingHTML: String
    var comparisons: [Comparison]
    var frequentlyCompared: [Comparison]
    var previous: CodeLink?
    var next: CodeLink?
    var toc: [TocEntry]
    var jsonLD: String
    var breadcrumbs: [Crumb]
    /// The inline SVG of the exchange with the code marked; nil when not drawn.
    var exchangeSVG: String?

    var templateValue: TemplateValue {
        var value = entry.templateValue
        value.merge(.fields([
            "exchange_svg_html": exchangeSVG,
            "page_title": pageTitle, "description": description, "headline_html": headlineHTML, "family_name": familyName,
            "family_url": familyURL, "compare_heading_html": compareHeadingHTML, "comparisons": comparisons,
            "has_comparisons": !comparisons.isEmpty, "frequently_compared": frequentlyCompared,
            "has_frequently_compared": !frequentlyCompared.isEmpty, "previous": previous, "next": next, "toc": toc,
            "og_type": "article", "json_ld": jsonLD, "breadcrumbs": breadcrumbs, "has_breadcrumbs": !breadcrumbs.isEmpty,
        ]), keepingExisting: false)
        return value
    }
}

/// `pair`: a comparison of two codes. Parts every comparison of a family and language shares arrive built
/// (`TemplateValue`), so that each is converted once.
struct PairPage: TemplateConvertible {
    var pageTitle: String
    var jsonLD: String
    var description: String
    var headlineHTML: String
    var familyName: String
    var familyURL: TemplateValue
    /// HTML sentences.
    var lead: [String]
    /// The two entry blocks, shared by every comparison that shows them.
    var sides: [TemplateValue]
    var note: TemplateValue?
    /// HTML sentences.
    var differences: [String]
    var uses: [TemplateValue]
    var learnMore: [TemplateValue]
    var toc: [TemplateValue]
    var breadcrumbs: [TemplateValue]
    /// The inline SVG of the exchange with both codes marked; nil when not drawn.
    var exchangeSVG: String?

    // Half the pages of a site are comparisons: built directly rather than through `.fields`.
    var templateValue: TemplateValue {
        var fields: [String: TemplateValue] = [
            "page_title": .text(pageTitle), "og_type": "article", "json_ld": .text(jsonLD), "description": .text(description),
            "headline_html": .text(headlineHTML), "family_name": .text(familyName), "family_url": familyURL,
            "lead": .list(lead.map { .text($0) }), "sides": .list(sides), "differences": .list(differences.map { .text($0) }),
            "uses": .list(uses), "has_uses": .bool(!uses.isEmpty), "learn_more": .list(learnMore), "toc": .list(toc),
            "breadcrumbs": .list(breadcrumbs), "has_breadcrumbs": true,
        ]
        if let note { fields["note"] = note }
        if let exchangeSVG { fields["exchange_svg_html"] = .text(exchangeSVG) }
        return .object(fields)
    }
}

/// `redirect`: the reversed pair, pointing at the canonical comparison.
struct RedirectPage: TemplateConvertible {
    var pageTitle: String
    var targetURL: String
    var targetHTML: String
    /// Absolute, only with `base_url`.
    var canonical: String?

    var templateValue: TemplateValue {
        var fields: [String: TemplateValue] = ["page_title": .text(pageTitle), "target_url": .text(targetURL), "target_html": .text(targetHTML),
                                               "noindex": true]
        if let canonical { fields["canonical"] = .text(canonical) }
        return .object(fields)
    }
}
