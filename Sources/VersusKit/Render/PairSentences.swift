/// The generated text of a comparison page, built only from the language's sentence patterns.
struct PairSentences {
    var headline: String
    var lead: [String]
    var differences: [String]
    var uses: [String]

    init(family: Family, a: Entry, b: Entry, words: Words) {
        let familyName = HTML.escape(family.name)
        let aCode = HTML.escape(a.code), bCode = HTML.escape(b.code)
        let aTitle = words.title(a).html, bTitle = words.title(b).html
        let names = ["family": familyName, "a_code": aCode, "a_title": aTitle, "b_code": bCode, "b_title": bTitle]
        headline = words.pattern("pair_headline").fillHTML(names)

        let aClass = words.classWords(family, code: a.code), bClass = words.classWords(family, code: b.code)
        let sameClass = family.codeClass(of: a.code)?.key == family.codeClass(of: b.code)?.key
        let aClassLabel = aClass?.label.html ?? "", bClassLabel = bClass?.label.html ?? ""
        let leadClass = sameClass
            ? words.pattern("lead_same_class").fillHTML(names.merging(["class": aClassLabel]) { $1 })
            : words.pattern("lead_different_class").fillHTML(names.merging(["a_class": aClassLabel, "b_class": bClassLabel]) { $1 })
        let contrast = words.pattern("lead_contrast").fillHTML([
            "a_code": aCode, "a_summary": words.summary(a).html, "b_code": bCode, "b_summary": words.summary(b).html,
        ])
        lead = [leadClass, contrast]

        let codes = ["a_code": aCode, "b_code": bCode]
        var items: [String] = []
        if sameClass {
            items.append(words.pattern("diff_same_class").fillHTML(codes.merging([
                "class": aClassLabel, "class_meaning": aClass?.meaning.html ?? "",
                "outcome": HTML.escape(words.outcomePhrase(family, code: a.code)),
            ]) { $1 }))
        } else {
            items.append(words.pattern("diff_different_class").fillHTML(codes.merging([
                "a_class": aClassLabel, "b_class": bClassLabel,
                "a_outcome": HTML.escape(words.outcomePhrase(family, code: a.code)),
                "b_outcome": HTML.escape(words.outcomePhrase(family, code: b.code)),
            ]) { $1 }))
        }
        if let aCategory = words.categoryWords(family, code: a.code), let bCategory = words.categoryWords(family, code: b.code) {
            if family.category(of: a.code)?.key == family.category(of: b.code)?.key {
                items.append(words.pattern("diff_same_category").fillHTML(codes.merging(["category": aCategory.label.html]) { $1 }))
            } else {
                items.append(words.pattern("diff_different_category").fillHTML(codes.merging([
                    "a_category": aCategory.label.html, "b_category": bCategory.label.html,
                ]) { $1 }))
            }
        }
        for entry in [a, b] {
            items.append(words.pattern("diff_meaning").fillHTML([
                "code": HTML.escape(entry.code), "title": words.title(entry).html, "summary": words.summary(entry).html,
            ]))
        }
        if let commands = Self.commandsSentence(a, b, words: words) { items.append(commands) }
        let aRetry = words.retryAdvice(family, a), bRetry = words.retryAdvice(family, b)
        if let aRetry, let bRetry {
            if aRetry == bRetry {
                items.append(words.pattern("diff_retry_same").fillHTML(codes.merging(["retry": HTML.escape(words.language.retry[aRetry] ?? "")]) { $1 }))
            } else {
                items.append(words.pattern("diff_retry_different").fillHTML(codes.merging([
                    "a_retry": HTML.escape(words.language.retry[aRetry] ?? ""), "b_retry": HTML.escape(words.language.retry[bRetry] ?? ""),
                ]) { $1 }))
            }
        }
        if Set(a.spec) == Set(b.spec) {
            items.append(words.pattern("diff_spec_same").fillHTML(codes.merging(["spec": words.specList(a.spec)]) { $1 }))
        } else {
            items.append(words.pattern("diff_spec_different").fillHTML(codes.merging([
                "a_spec": words.specList(a.spec), "b_spec": words.specList(b.spec),
            ]) { $1 }))
        }
        differences = items

        uses = [a, b].map { entry in
            words.pattern("use_item").fillHTML([
                "code": HTML.escape(entry.code), "title": words.title(entry).html, "summary": words.summary(entry).html,
                "retry": words.retryAdvice(family, entry).map { HTML.escape(words.language.retry[$0] ?? "") } ?? "",
            ])
        }
    }

    /// Just the headline, for redirect pages.
    static func headline(family: Family, a: Entry, b: Entry, words: Words) -> String {
        words.pattern("pair_headline").fillHTML([
            "family": HTML.escape(family.name), "a_code": HTML.escape(a.code), "a_title": words.title(a).html,
            "b_code": HTML.escape(b.code), "b_title": words.title(b).html,
        ])
    }

    private static func commandsSentence(_ a: Entry, _ b: Entry, words: Words) -> String? {
        let codes = ["a_code": HTML.escape(a.code), "b_code": HTML.escape(b.code)]
        switch (a.commands.isEmpty, b.commands.isEmpty) {
        case (true, true):
            return nil
        case (false, false) where Set(a.commands) == Set(b.commands):
            return words.pattern("diff_commands_same").fillHTML(codes.merging(["commands": words.commandList(a.commands)]) { $1 })
        case (false, false):
            return words.pattern("diff_commands_both").fillHTML(codes.merging([
                "a_commands": words.commandList(a.commands), "b_commands": words.commandList(b.commands),
            ]) { $1 })
        case (false, true), (true, false):
            let (with, without) = a.commands.isEmpty ? (b, a) : (a, b)
            return words.pattern("diff_commands_one").fillHTML([
                "code": HTML.escape(with.code), "commands": words.commandList(with.commands), "other_code": HTML.escape(without.code),
            ])
        }
    }
}
