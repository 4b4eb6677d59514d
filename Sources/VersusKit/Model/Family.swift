/// A protocol family (SMTP, HTTP, ...) with the parts of its codes and its entries.
public struct Family: Sendable {
    /// How the family page groups its codes.
    public enum Grouping: String, Sendable { case `class`, category, subject }

    /// Where a code's class comes from.
    public enum ClassSource: String, Sendable {
        /// The class whose key is the longest prefix of the code (SMTP "5" for 550).
        case code
        /// The entry's `used_with` list: the code is sent with any of these classes (SMTP enhanced X.7.1 as 4.7.1
        /// or 5.7.1, RFC 3463 section 2).
        case usedWith = "used_with"
    }

    /// What a family's `commands` are: commands (SMTP, FTP) or methods (HTTP).
    public enum CommandsKind: String, Sendable { case commands, methods }

    public var id: String
    /// The display name in the default language; `FamilyText.name` per language.
    public var name: String
    public var spec: SpecReference
    public var commandsAre: CommandsKind
    public var codePattern: String
    public var grouping: Grouping
    public var classSource: ClassSource
    public var classes: [CodeClass]
    /// Groups keyed by code prefix that say what a code is about, not how it ended (SMTP enhanced "X.1" Addressing).
    public var subjects: [CodeSubject]
    public var categories: [CodeCategory]
    /// Sorted in catalog order (`CodeOrder`).
    public var entries: [Entry]
    /// Hand-written notes keyed by their pair.
    public var notes: [CodePair: PairNote]
    /// Title, description and labels per language code; the default language is always present.
    public var texts: [String: FamilyText]
    public var path: String

    /// The class whose key is the longest prefix of `code` (families whose class is in the code).
    public func codeClass(of code: String) -> CodeClass? {
        guard classSource == .code else { return nil }
        return classes.filter { code.hasPrefix($0.key) }.max { $0.key.count < $1.key.count }
    }

    /// Every class the entry is sent with: its code's class, or those of its `used_with`, in that order.
    public func classes(of entry: Entry) -> [CodeClass] {
        switch classSource {
        case .code: return codeClass(of: entry.code).map { [$0] } ?? []
        case .usedWith: return entry.usedWith.compactMap { key in classes.first { $0.key == key } }
        }
    }

    /// The subject whose key is the longest prefix of `code`.
    public func subject(of code: String) -> CodeSubject? {
        subjects.filter { code.hasPrefix($0.key) }.max { $0.key.count < $1.key.count }
    }

    /// The category keyed by the code's second character, where the code's class has categories.
    public func category(of code: String) -> CodeCategory? {
        guard code.count >= 2, codeClass(of: code)?.hasCategories ?? false else { return nil }
        let key = String(code[code.index(after: code.startIndex)])
        return categories.first { $0.key == key }
    }

    public func entry(_ code: String) -> Entry? { entries.first { $0.code == code } }

    /// The retry advice of an entry: its own, else the outcome's of its one class; nil when its classes disagree.
    public func retryAdvice(_ entry: Entry) -> RetryAdvice? {
        if let retry = entry.retry { return retry }
        let outcomes = Set(classes(of: entry).compactMap(\.outcome))
        return outcomes.count == 1 ? outcomes.first!.defaultRetry : nil
    }
}

public struct CodeClass: Sendable {
    public var key: String
    public var outcome: Outcome?
    /// False where the family's categories do not apply to the class (RFC 2228's 6yz replies in FTP).
    public var hasCategories: Bool
}

public struct CodeSubject: Sendable {
    public var key: String
}

public struct CodeCategory: Sendable {
    public var key: String
}

/// The words of a family in one language.
public struct FamilyText: Sendable {
    /// The short display name ("SMTP enhanced"), translatable.
    public var name: String
    public var title: String
    public var description: String
    /// Label and meaning per class key, subject key and category key.
    public var classes: [String: LabelledMeaning]
    public var subjects: [String: LabelledMeaning]
    public var categories: [String: LabelledMeaning]
}

public struct LabelledMeaning: Sendable {
    public var label: String
    public var meaning: String
}

public struct SpecReference: Sendable, Hashable {
    public var rfc: String
    public var section: String?
}
