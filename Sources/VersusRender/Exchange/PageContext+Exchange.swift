import VersusModel

/// The exchange diagram of code and comparison pages (`exchange_svg_html`).
extension PageContext {
    /// The diagram marking `codes` (one on a code page, two on a comparison) on the family's exchange; nil when the
    /// family has none or no code is drawn anywhere on it.
    func exchangeSVG(_ family: Family, _ codes: [Entry], words: Words) -> String? {
        guard let exchange = family.exchange, codes.contains(where: { !$0.steps.isEmpty }) else { return nil }
        let kit = exchangeKits.kit("\(words.language.code)/\(family.id)") {
            let labels = exchange.steps.map { words.stepLabel(family, $0.key) }
            return ExchangeKit(
                parts: ExchangeParts(labels: zip(labels, exchange.steps).map { ($0, $1.from == .server) }, clientLabel: words.ui(.exchangeClient),
                                     serverLabel: words.ui(.exchangeServer), mirrored: words.language.direction == .rtl),
                labels: labels,
                marks: Dictionary(family.entries.map { ($0.code, markLabels($0, exchange, family)) }, uniquingKeysWith: { a, _ in a }),
                sentences: Dictionary(family.entries.map { ($0.code, placementSentences($0, exchange, family, words: words)) },
                                      uniquingKeysWith: { a, _ in a }))
        }
        // A lent exchange is the lender's: SMTP enhanced status codes are drawn on the "SMTP exchange".
        let familyName = exchange.lender == nil ? words.familyName(family)
            : exchange.lenderNames[words.language.code] ?? exchange.lenderNames[words.defaultLanguage.code] ?? words.familyName(family)
        let codeMarks = codes.map { kit.marks[$0.code] ?? markLabels($0, exchange, family) }
        let steps = exchange.steps.indices.map { index in
            ExchangeDiagram.Step(label: kit.labels[index], fromServer: exchange.steps[index].from == .server,
                                 marks: codeMarks.indices.compactMap { position in
                                     codeMarks[position][index].map { ExchangeDiagram.Mark(style: position == 0 ? .first : .second, labelHTML: $0) }
                                 })
        }
        let title = codes.count == 1
            ? words.plain(.exchangeTitle, ["family": familyName, "code": codes[0].code])
            : words.plain(.exchangeTitlePair, ["family": familyName, "a_code": codes[0].code, "b_code": codes[1].code])
        let description = codes.map { kit.sentences[$0.code] ?? placementSentences($0, exchange, family, words: words) }.joined(separator: " ")
        return ExchangeDiagram(title: title, description: description, clientLabel: words.ui(.exchangeClient),
                               serverLabel: words.ui(.exchangeServer), steps: steps, legend: codes.count > 1 ? codes.map(\.code) : [],
                               mirrored: words.language.direction == .rtl).svg(using: kit.parts)
    }

    /// For each step of the exchange, the entry's mark label as HTML where the entry is drawn, else nil.
    private func markLabels(_ entry: Entry, _ exchange: Exchange, _ family: Family) -> [String?] {
        exchange.steps.map { step in entry.steps.contains(step.key) ? HTML.escape(markLabel(entry, at: step.key, family)) : nil }
    }

    /// "250 answers EHLO or HELO, MAIL and RCPT." and "220 is the server's connection greeting.", in words.
    private func placementSentences(_ entry: Entry, _ exchange: Exchange, _ family: Family, words: Words) -> String {
        let placed = exchange.steps.filter { entry.steps.contains($0.key) }
        if placed.isEmpty { return words.plain(.exchangeUnplaced, ["code": entry.code]) }
        var sentences: [String] = []
        let answered = placed.filter { $0.from == .client }.map { words.stepLabel(family, $0.key) }
        let sent = placed.filter { $0.from == .server }.map { words.stepLabel(family, $0.key) }
        if !answered.isEmpty { sentences.append(words.plain(.exchangeAnswers, ["code": entry.code, "steps": words.plainList(answered)])) }
        if !sent.isEmpty { sentences.append(words.plain(.exchangeServerStep, ["code": entry.code, "steps": words.plainList(sent)])) }
        return sentences.joined(separator: " ")
    }

    /// The code as the client sees it at `step`: an enhanced status code drawn on its basic codes' exchange comes with
    /// those of its basic codes sent at that step ("535 5.7.8"), at most two.
    private func markLabel(_ entry: Entry, at step: String, _ family: Family) -> String {
        guard let exchange = family.exchange, exchange.lender != nil else { return entry.code }
        // Only basic codes of a class the code is sent with: "250 2.7.8" would name a code it never goes with.
        let classes = family.classes(of: entry).map(\.key)
        let basic = entry.basicCodes.filter { code in
            exchange.lenderSteps[code]?.contains(step) ?? false && classes.contains(String(code.prefix(1)))
        }.prefix(2)
        if basic.isEmpty {
            return classes.count == 1 ? EntryWords.fullCode(entry.code, class: classes[0]) : entry.code
        }
        return basic.map { "\($0) \(EntryWords.fullCode(entry.code, class: String($0.prefix(1))))" }.joined(separator: " / ")
    }
}

extension Words {
    /// A step's label in this language, else in the default language, else its key; a lent exchange's labels are its
    /// lender's.
    func stepLabel(_ family: Family, _ key: String) -> String {
        if let exchange = family.exchange, exchange.lender != nil {
            return exchange.lenderLabels[language.code]?[key] ?? exchange.lenderLabels[defaultLanguage.code]?[key] ?? key
        }
        return family.texts[language.code]?.steps[key] ?? family.texts[defaultLanguage.code]?.steps[key] ?? key
    }

    /// A pattern filled as plain text; on right-to-left pages each value is isolated (U+2068 … U+2069) so that codes
    /// and Latin command names keep their order.
    func plain(_ key: PatternKey, _ values: KeyValuePairs<String, String>) -> String {
        guard language.direction == .rtl else { return language.patterns[key]!.fill(values) }
        return language.patterns[key]!.fill(values, text: { $0 }) { "\u{2068}\($0)\u{2069}" }
    }

    /// "A", "A and B", "A, B and C" as plain text.
    func plainList(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        case 2: return plain(.listTwo, ["first": items[0], "second": items[1]])
        default: return plain(.listMany, ["items": items.dropLast().joined(separator: ui(.listSeparator)), "last": items[items.count - 1]])
        }
    }
}
