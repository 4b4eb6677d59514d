/// The generated text of a comparison page, built only from the language's sentence patterns.
struct PairSentences {
    var headline: String
    var lead: [String]
    var differences: [String]
    var uses: [String]

    init(family: Family, a: EntryWords, b: EntryWords, words: Words) {
        headline = Self.headline(family: family, a: a, b: b, words: words)
        let sameClass = a.classKey == b.classKey
        let leadClass = sameClass
            ? words.pattern("lead_same_class").fillHTML([
                "family": HTML.escape(family.name), "a_code": a.codeHTML, "a_title": a.titleHTML, "b_code": b.codeHTML,
                "b_title": b.titleHTML, "class": a.classLabelHTML,
            ])
            : words.pattern("lead_different_class").fillHTML([
                "family": HTML.escape(family.name), "a_code": a.codeHTML, "a_title": a.titleHTML, "b_code": b.codeHTML,
                "b_title": b.titleHTML, "a_class": a.classLabelHTML, "b_class": b.classLabelHTML,
            ])
        let contrast = words.pattern("lead_contrast").fillHTML([
            "a_code": a.codeHTML, "a_summary": a.summaryHTML, "b_code": b.codeHTML, "b_summary": b.summaryHTML,
        ])
        lead = [leadClass, contrast]

        var items: [String] = []
        if sameClass {
            items.append(words.pattern("diff_same_class").fillHTML([
                "a_code": a.codeHTML, "b_code": b.codeHTML, "class": a.classLabelHTML, "class_meaning": a.classMeaningHTML,
                "outcome": a.outcomeHTML,
            ]))
        } else {
            items.append(words.pattern("diff_different_class").fillHTML([
                "a_code": a.codeHTML, "b_code": b.codeHTML, "a_class": a.classLabelHTML, "b_class": b.classLabelHTML,
                "a_outcome": a.outcomeHTML, "b_outcome": b.outcomeHTML,
            ]))
        }
        if let aCategory = a.categoryLabelHTML, let bCategory = b.categoryLabelHTML {
            if a.categoryKey == b.categoryKey {
                items.append(words.pattern("diff_same_category").fillHTML(["a_code": a.codeHTML, "b_code": b.codeHTML, "category": aCategory]))
            } else {
                items.append(words.pattern("diff_different_category").fillHTML([
                    "a_code": a.codeHTML, "b_code": b.codeHTML, "a_category": aCategory, "b_category": bCategory,
                ]))
            }
        }
        items += [a.meaningItem, b.meaningItem]
        if let commands = Self.commandsSentence(a, b, words: words) { items.append(commands) }
        if let aRetry = a.retry, let bRetry = b.retry {
            if aRetry == bRetry {
                items.append(words.pattern("diff_retry_same").fillHTML(["a_code": a.codeHTML, "b_code": b.codeHTML, "retry": HTML.escape(a.retryText)]))
            } else {
                items.append(words.pattern("diff_retry_different").fillHTML([
                    "a_code": a.codeHTML, "b_code": b.codeHTML, "a_retry": HTML.escape(a.retryText), "b_retry": HTML.escape(b.retryText),
                ]))
            }
        }
        if Set(a.entry.spec) == Set(b.entry.spec) {
            items.append(words.pattern("diff_spec_same").fillHTML(["a_code": a.codeHTML, "b_code": b.codeHTML, "spec": a.specHTML]))
        } else {
            items.append(words.pattern("diff_spec_different").fillHTML([
                "a_code": a.codeHTML, "b_code": b.codeHTML, "a_spec": a.specHTML, "b_spec": b.specHTML,
            ]))
        }
        differences = items
        uses = [a.useItem, b.useItem]
    }

    /// Just the headline, for redirect pages.
    static func headline(family: Family, a: EntryWords, b: EntryWords, words: Words) -> String {
        words.pattern("pair_headline").fillHTML([
            "family": HTML.escape(family.name), "a_code": a.codeHTML, "a_title": a.titleHTML, "b_code": b.codeHTML, "b_title": b.titleHTML,
        ])
    }

    private static func commandsSentence(_ a: EntryWords, _ b: EntryWords, words: Words) -> String? {
        switch (a.entry.commands.isEmpty, b.entry.commands.isEmpty) {
        case (true, true):
            return nil
        case (false, false) where Set(a.entry.commands) == Set(b.entry.commands):
            return words.pattern("diff_commands_same").fillHTML(["a_code": a.codeHTML, "b_code": b.codeHTML, "commands": a.commandsHTML])
        case (false, false):
            return words.pattern("diff_commands_both").fillHTML([
                "a_code": a.codeHTML, "b_code": b.codeHTML, "a_commands": a.commandsHTML, "b_commands": b.commandsHTML,
            ])
        case (false, true), (true, false):
            let (with, without) = a.entry.commands.isEmpty ? (b, a) : (a, b)
            return words.pattern("diff_commands_one").fillHTML([
                "code": with.codeHTML, "commands": with.commandsHTML, "other_code": without.codeHTML,
            ])
        }
    }
}
