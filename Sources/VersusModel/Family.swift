/// A protocol family (SMTP, HTTP, ...) with the parts of its codes and its entries.
package struct Family: Sendable {
    /// How the family page groups its codes.
    package enum Grouping: String, Sendable { case `class`, category, subject }

    /// Where a code's class comes from.
    package enum ClassSource: String, Sendable {
        /// The class whose key is the longest prefix of the code (SMTP "5" for 550).
        case code
        /// The entry's `used_with` list: the code is sent with any of these classes (SMTP enhanced X.7.1 as 4.7.1
        /// or 5.7.1, RFC 3463 section 2).
        case usedWith = "used_with"
    }

    /// What a family's `commands` are: commands (SMTP, FTP) or methods (HTTP).
    package enum CommandsKind: String, Sendable { case commands, methods }

    /// Which pairs of codes get a comparison page (`pairs:` of `_family.yml`). A pair with a hand-written note has
    /// its page under every policy.
    package enum PairPolicy: String, Sendable, CaseIterable {
        /// Every unordered pair: N(N-1)/2 pages.
        case all
        /// Pairs whose codes share a class (with `class_from: used_with`, at least one class of their `used_with`).
        case sameClass = "same_class"
        /// Pairs where one entry lists the other in `related`.
        case related
    }

    package var id: String
    /// The display name in the default language; `FamilyText.name` per language.
    package var name: String
    package var spec: SpecReference
    package var commandsAre: CommandsKind
    package var pairs: PairPolicy
    package var codePattern: String
    package var grouping: Grouping
    package var classSource: ClassSource
    package var classes: [CodeClass]
    /// Groups keyed by code prefix that say what a code is about, not how it ended (SMTP enhanced "X.1" Addressing).
    package var subjects: [CodeSubject]
    package var categories: [CodeCategory]
    /// Sorted in catalog order (`CodeOrder`).
    package var entries: [Entry]
    /// Hand-written notes keyed by their pair.
    package var notes: [CodePair: PairNote]
    /// Title, description and labels per language code; the default language is always present.
    package var texts: [String: FamilyText]
    package var path: String
    /// The session the family's codes are drawn on; nil for `exchange: none` or none declared.
    package var exchange: Exchange?

    package init(id: String, name: String, spec: SpecReference, commandsAre: CommandsKind, codePattern: String, grouping: Grouping, classSource: ClassSource, classes: [CodeClass], subjects: [CodeSubject], categories: [CodeCategory], entries: [Entry], notes: [CodePair: PairNote], texts: [String: FamilyText], path: String, pairs: PairPolicy = .all, exchange: Exchange? = nil) {
        self.id = id
        self.name = name
        self.spec = spec
        self.commandsAre = commandsAre
        self.pairs = pairs
        self.codePattern = codePattern
        self.grouping = grouping
        self.classSource = classSource
        self.classes = classes
        self.subjects = subjects
        self.categories = categories
        self.entries = entries
        self.notes = notes
        self.texts = texts
        self.path = path
        self.exchange = exchange
    }

    /// The class whose key is the longest prefix of `code` (families whose class is in the code).
    package func codeClass(of code: String) -> CodeClass? {
        guard classSource == .code else { return nil }
        return classes.filter { code.hasPrefix($0.key) }.max { $0.key.count < $1.key.count }
    }

    /// Every class the entry is sent with: its code's class, or those of its `used_with`, in that order.
    package func classes(of entry: Entry) -> [CodeClass] {
        switch classSource {
        case .code: return codeClass(of: entry.code).map { [$0] } ?? []
        case .usedWith: return entry.usedWith.compactMap { key in classes.first { $0.key == key } }
        }
    }

    /// The subject whose key is the longest prefix of `code`.
    package func subject(of code: String) -> CodeSubject? {
        subjects.filter { code.hasPrefix($0.key) }.max { $0.key.count < $1.key.count }
    }

    /// The category keyed by the code's second character, where the code's class has categories.
    package func category(of code: String) -> CodeCategory? {
        guard code.count >= 2, codeClass(of: code)?.hasCategories ?? false else { return nil }
        let key = String(code[code.index(after: code.startIndex)])
        return categories.first { $0.key == key }
    }

    package func entry(_ code: String) -> Entry? { entries.first { $0.code == code } }

    /// The retry advice of an entry: its own, else the outcome's of its one class; nil when its classes disagree.
    package func retryAdvice(_ entry: Entry) -> RetryAdvice? {
        if let retry = entry.retry { return retry }
        let outcomes = Set(classes(of: entry).compactMap(\.outcome))
        return outcomes.count == 1 ? outcomes.first!.defaultRetry : nil
    }
}

package struct CodeClass: Sendable {
    package var key: String
    package var outcome: Outcome?
    /// False where the family's categories do not apply to the class (RFC 2228's 6yz replies in FTP).
    package var hasCategories: Bool

    package init(key: String, outcome: Outcome? = nil, hasCategories: Bool) {
        self.key = key
        self.outcome = outcome
        self.hasCategories = hasCategories
    }
}

package struct CodeSubject: Sendable {
    package var key: String

    package init(key: String) {
        self.key = key
    }
}

package struct CodeCategory: Sendable {
    package var key: String

    package init(key: String) {
        self.key = key
    }
}

/// The words of a family in one language.
package struct FamilyText: Sendable {
    /// The short display name ("SMTP enhanced"), translatable.
    package var name: String
    package var title: String
    package var description: String
    /// Label and meaning per class key, subject key and category key.
    package var classes: [String: LabelledMeaning]
    package var subjects: [String: LabelledMeaning]
    package var categories: [String: LabelledMeaning]
    /// The exchange's step labels by step key ("end of data").
    package var steps: [String: String]

    package init(name: String, title: String, description: String, classes: [String: LabelledMeaning], subjects: [String: LabelledMeaning], categories: [String: LabelledMeaning], steps: [String: String] = [:]) {
        self.name = name
        self.title = title
        self.description = description
        self.classes = classes
        self.subjects = subjects
        self.categories = categories
        self.steps = steps
    }
}

package struct LabelledMeaning: Sendable {
    package var label: String
    package var meaning: String

    package init(label: String, meaning: String) {
        self.label = label
        self.meaning = meaning
    }
}

package struct SpecReference: Sendable, Hashable {
    package var rfc: String
    package var section: String?

    package init(rfc: String, section: String? = nil) {
        self.rfc = rfc
        self.section = section
    }
}
