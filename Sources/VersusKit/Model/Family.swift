/// A protocol family (SMTP, HTTP, ...) with its classes and entries.
public struct Family: Sendable {
    public enum Grouping: String, Sendable { case `class`, category }

    public var id: String
    public var name: String
    public var spec: SpecReference
    public var codePattern: String
    public var grouping: Grouping
    public var classes: [CodeClass]
    public var categories: [CodeCategory]
    /// Sorted in catalog order (`CodeOrder`).
    public var entries: [Entry]
    /// Title, description and labels per language code; the default language is always present.
    public var texts: [String: FamilyText]
    public var path: String

    /// The class whose key is the longest prefix of `code`.
    public func codeClass(of code: String) -> CodeClass? {
        classes.filter { code.hasPrefix($0.key) }.max { $0.key.count < $1.key.count }
    }

    /// The category keyed by the code's second character.
    public func category(of code: String) -> CodeCategory? {
        guard code.count >= 2 else { return nil }
        let key = String(code[code.index(after: code.startIndex)])
        return categories.first { $0.key == key }
    }

    public func entry(_ code: String) -> Entry? { entries.first { $0.code == code } }
}

public struct CodeClass: Sendable {
    public var key: String
    public var outcome: Outcome?
}

public struct CodeCategory: Sendable {
    public var key: String
}

/// The words of a family in one language.
public struct FamilyText: Sendable {
    public var title: String
    public var description: String
    /// label and meaning per class key, then per category key.
    public var classes: [String: LabelledMeaning]
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
