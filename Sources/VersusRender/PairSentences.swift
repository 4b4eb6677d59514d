import VersusModel
import VersusMustache
/// The generated text of a comparison page, built only from the language's sentence patterns. Each fact is said
/// once: the lead names the classes (or subjects) and contrasts the summaries, the key differences compare the
/// structured facts, and "When to use each" quotes `use_when`.
package struct PairSentences {
    var headline: String
    var lead: [String]
    var differences: [String]
    /// `label_html` and `text_html` per code that has `use_when`.
    var uses: [TemplateValue]

    init(family: Family, a: EntryWords, b: EntryWords, note: LocalizedText?, words: Words) {
        headline = Self.headline(family: family, a: a, b: b, words: words)
        var lead: [String] = []
        if let opening = Self.opening(family: family, a, b, words: words) { lead.append(opening) }
        lead.append(note?.html ?? words.pattern(.leadContrast).fillHTML([
            "a_code": a.codeHTML, "a_summary": a.summaryClauseHTML,
            "b_code": b.codeHTML, "b_summary": b.summaryClauseHTML,
        ]))
        self.lead = lead

        var items: [String] = []
        if let classes = Self.classSentence(family: family, a, b, words: words) { items.append(classes) }
        if let aCategory = a.categoryLabelHTML, let bCategory = b.categoryLabelHTML {
            if a.categoryKey == b.categoryKey {
                items.append(words.pattern(.diffSameCategory).fillHTML(["a_code": a.codeHTML, "b_code": b.codeHTML, "category": aCategory]))
            } else {
                items.append(words.pattern(.diffDifferentCategory).fillHTML([
                    "a_code": a.codeHTML, "b_code": b.codeHTML, "a_category": aCategory, "b_category": bCategory,
                ]))
            }
        }
        if let commands = Self.commandsSentence(family: family, a, b, words: words) { items.append(commands) }
        if let retry = Self.retrySentence(a, b, words: words) { items.append(retry) }
        if a.specSet == b.specSet {
            items.append(words.pattern(.diffSpecSame).fillHTML(["a_code": a.codeHTML, "b_code": b.codeHTML, "spec": a.specHTML]))
        } else {
            items.append(words.pattern(.diffSpecDifferent).fillHTML([
                "a_code": a.codeHTML, "b_code": b.codeHTML, "a_spec": a.specHTML, "b_spec": b.specHTML,
            ]))
        }
        differences = items
        uses = [a, b].compactMap { side in
            side.useWhen.map { text in
                .object(["label_html": .text(words.pattern(.codePageLink).fillHTML(["code": side.codeHTML, "name": side.nameHTML])),
                         "text_html": .text(text.html)])
            }
        }
    }

    /// Just the headline, for redirect pages.
    static func headline(family: Family, a: EntryWords, b: EntryWords, words: Words) -> String {
        words.pattern(.pairHeadline).fillHTML([
            "family": HTML.escape(words.familyName(family)), "a_code": a.codeHTML, "a_name": a.nameHTML, "b_code": b.codeHTML, "b_name": b.nameHTML,
        ])
    }

    /// The lead's first sentence: the subjects where the family files codes by subject, else the classes.
    private static func opening(family: Family, _ a: EntryWords, _ b: EntryWords, words: Words) -> String? {
        let family = HTML.escape(words.familyName(family))
        if let aSubject = a.subjectLabelHTML, let bSubject = b.subjectLabelHTML {
            if a.subjectKey == b.subjectKey {
                return words.pattern(.leadSameSubject).fillHTML([
                    "family": family, "a_code": a.codeHTML, "a_name": a.nameHTML, "b_code": b.codeHTML, "b_name": b.nameHTML,
                    "subject": aSubject,
                ])
            }
            return words.pattern(.leadDifferentSubject).fillHTML([
                "family": family, "a_code": a.codeHTML, "a_name": a.nameHTML, "b_code": b.codeHTML, "b_name": b.nameHTML,
                "a_subject": aSubject, "b_subject": bSubject,
            ])
        }
        guard a.classes.count == 1, b.classes.count == 1, !a.classLabelHTML.isEmpty, !b.classLabelHTML.isEmpty,
              a.fullCodesHTML.isEmpty else { return nil }
        if a.classes[0].key == b.classes[0].key {
            return words.pattern(.leadSameClass).fillHTML([
                "family": family, "a_code": a.codeHTML, "a_name": a.nameHTML, "b_code": b.codeHTML, "b_name": b.nameHTML,
                "class": a.classLabelHTML,
            ])
        }
        return words.pattern(.leadDifferentClass).fillHTML([
            "family": family, "a_code": a.codeHTML, "a_name": a.nameHTML, "b_code": b.codeHTML, "b_name": b.nameHTML,
            "a_class": a.classLabelHTML, "b_class": b.classLabelHTML,
        ])
    }

    /// A summary for a pattern that puts its own punctuation around it (Spanish puts the period after the quote).
    static func withoutFinalPeriod(_ text: String) -> String { text.hasSuffix(".") ? String(text.dropLast()) : text }

    /// Where the class comes from `used_with`, the full codes each is sent as and what they report; elsewhere the
    /// lead has named the classes, which say what each reports, so nothing is added.
    private static func classSentence(family: Family, _ a: EntryWords, _ b: EntryWords, words: Words) -> String? {
        if family.classSource == .usedWith { return sentAsSentence(a, b, words: words) }
        return nil
    }

    private static func sentAsSentence(_ a: EntryWords, _ b: EntryWords, words: Words) -> String? {
        guard !a.classes.isEmpty, !b.classes.isEmpty else { return nil }
        let sameClasses = a.classes.map(\.key) == b.classes.map(\.key)
        if sameClasses && a.classes.count == 1 {
            return words.pattern(.diffSentAsOneSame).fillHTML([
                "a_code": a.codeHTML, "b_code": b.codeHTML, "a_full_code": a.fullCodesHTML[0], "b_full_code": b.fullCodesHTML[0],
                "outcome": HTML.escape(words.outcomePhrase(a.classes[0].outcome)),
            ])
        }
        if sameClasses {
            return words.pattern(.diffSentAsSame).fillHTML([
                "a_code": a.codeHTML, "b_code": b.codeHTML, "a_full_codes": words.alternatives(a.fullCodesHTML),
                "b_full_codes": words.alternatives(b.fullCodesHTML), "outcomes": outcomes(a, words: words),
            ])
        }
        return sentAs(a, words: words) + " " + sentAs(b, words: words)
    }

    private static func sentAs(_ side: EntryWords, words: Words) -> String {
        if side.classes.count == 1 {
            return words.pattern(.diffSentAsOne).fillHTML([
                "code": side.codeHTML, "full_code": side.fullCodesHTML[0], "outcome": HTML.escape(words.outcomePhrase(side.classes[0].outcome)),
            ])
        }
        return words.pattern(.diffSentAsSeveral).fillHTML([
            "code": side.codeHTML, "full_codes": words.alternatives(side.fullCodesHTML), "outcomes": outcomes(side, words: words),
        ])
    }

    private static func outcomes(_ side: EntryWords, words: Words) -> String {
        words.alternatives(side.classes.map { HTML.escape(words.outcomePhrase($0.outcome)) })
    }

    /// Which commands each code answers: the shared ones once, then what only one of them answers.
    private static func commandsSentence(family: Family, _ a: EntryWords, _ b: EntryWords, words: Words) -> String? {
        let aCommands = a.entry.commands, bCommands = b.entry.commands
        switch (aCommands.isEmpty, bCommands.isEmpty) {
        case (true, true):
            return nil
        case (false, true), (true, false):
            let (with, without) = aCommands.isEmpty ? (b, a) : (a, b)
            return words.pattern(.diffCommandsOne).fillHTML([
                "code": with.codeHTML, "commands": with.commandsHTML, "other_code": without.codeHTML,
                "kind": HTML.escape(words.commandsNoun(family)),
            ])
        case (false, false):
            break
        }
        let shared = aCommands.filter(bCommands.contains)
        let aOnly = aCommands.filter { !bCommands.contains($0) }, bOnly = bCommands.filter { !aCommands.contains($0) }
        if shared.isEmpty {
            return words.pattern(.diffCommandsBoth).fillHTML([
                "a_code": a.codeHTML, "b_code": b.codeHTML, "a_commands": a.commandsHTML, "b_commands": b.commandsHTML,
            ])
        }
        let sharedHTML = words.commandList(shared)
        switch (aOnly.isEmpty, bOnly.isEmpty) {
        case (true, true):
            return words.pattern(.diffCommandsSame).fillHTML(["a_code": a.codeHTML, "b_code": b.codeHTML, "commands": sharedHTML])
        case (false, false):
            return words.pattern(.diffCommandsShared).fillHTML([
                "commands": sharedHTML, "a_code": a.codeHTML, "a_commands": words.commandList(aOnly),
                "b_code": b.codeHTML, "b_commands": words.commandList(bOnly),
            ])
        case (false, true), (true, false):
            let (with, only, other) = aOnly.isEmpty ? (b, bOnly, a) : (a, aOnly, b)
            return words.pattern(.diffCommandsSharedOne).fillHTML([
                "commands": sharedHTML, "code": with.codeHTML, "only_commands": words.commandList(only), "other_code": other.codeHTML,
            ])
        }
    }

    private static func retrySentence(_ a: EntryWords, _ b: EntryWords, words: Words) -> String? {
        switch (a.retry, b.retry) {
        case (nil, nil):
            return nil
        case let (aRetry?, bRetry?) where aRetry == bRetry:
            return words.pattern(.diffRetrySame).fillHTML(["a_code": a.codeHTML, "b_code": b.codeHTML, "retry": a.retryHTML])
        case (_?, _?):
            return words.pattern(.diffRetryDifferent).fillHTML([
                "a_code": a.codeHTML, "b_code": b.codeHTML, "a_retry": a.retryHTML, "b_retry": b.retryHTML,
            ])
        case (_?, nil), (nil, _?):
            let (with, without) = a.retry == nil ? (b, a) : (a, b)
            return words.pattern(.diffRetryOne).fillHTML(["code": with.codeHTML, "retry": with.retryHTML, "other_code": without.codeHTML])
        }
    }
}
