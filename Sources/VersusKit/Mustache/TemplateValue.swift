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

extension TemplateValue {
    /// Converts view-model dictionaries built with Swift literals (strings, booleans, numbers, lists, dictionaries).
    public init(_ any: Any?) {
        switch any {
        case nil: self = .null
        case let value as TemplateValue: self = value
        case let text as String: self = .text(text)
        case let flag as Bool: self = .bool(flag)
        case let number as Int: self = .text(String(number))
        case let fields as [String: String]: self = .object(fields.mapValues { .text($0) })
        case let fields as [String: Any]: self = .object(fields.mapValues { TemplateValue($0) })
        case let items as [String]: self = .list(items.map { .text($0) })
        case let items as [[String: Any]]: self = .list(items.map { TemplateValue($0) })
        case let items as [Any]: self = .list(items.map { TemplateValue($0) })
        default: self = .text("\(any!)")
        }
    }
}
