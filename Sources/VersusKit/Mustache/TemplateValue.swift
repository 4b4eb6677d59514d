/// The data a template renders: a small typed tree, so rendering needs no dynamic casts.
public indirect enum TemplateValue: Sendable {
    case null
    case bool(Bool)
    case text(String)
    case list([TemplateValue])
    case object([String: TemplateValue])

    /// Mustache truthiness: false, null, empty lists and empty strings hide a section.
    var isTruthy: Bool {
        switch self {
        case .null: return false
        case .bool(let value): return value
        case .text(let text): return !text.isEmpty
        case .list(let items): return !items.isEmpty
        case .object: return true
        }
    }

    subscript(key: String) -> TemplateValue? {
        if case .object(let fields) = self { return fields[key] }
        return nil
    }
}

extension TemplateValue: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral {
    public init(stringLiteral value: String) { self = .text(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(arrayLiteral elements: TemplateValue...) { self = .list(elements) }
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { $1 }))
    }
}
