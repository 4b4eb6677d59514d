import Foundation
import Synchronization

/// The data a template renders: a small typed tree, so rendering needs no dynamic casts.
package enum TemplateValue: Sendable {
    case null
    case bool(Bool)
    case text(String)
    case list([TemplateValue])
    case object([String: TemplateValue])
    /// An object shown on many pages: a section rendered with it as its innermost context, and looking up
    /// nothing outside it, is rendered once and its bytes reused.
    case shared(SharedFields)

    /// Mustache truthiness: false, null, empty lists and empty strings hide a section.
    var isTruthy: Bool {
        switch self {
        case .null: return false
        case .bool(let value): return value
        case .text(let text): return !text.isEmpty
        case .list(let items): return !items.isEmpty
        case .object, .shared: return true
        }
    }

    /// The items of a list (none for any other value).
    var items: [TemplateValue] {
        if case .list(let items) = self { return items }
        return []
    }

    /// An object as `.shared`, for values many pages show alike (anything else as it is).
    package var sharedObject: TemplateValue {
        if case .object(let fields) = self { return .shared(SharedFields(fields)) }
        return self
    }

    package subscript(key: String) -> TemplateValue? {
        switch self {
        case .object(let fields): return fields[key]
        case .shared(let shared): return shared.fields[key]
        default: return nil
        }
    }
}

/// The fields of a `.shared` value: an object that many renderings show alike. `MustacheTemplates` renders a
/// section over it once and reuses the bytes, as long as the section reads nothing outside the object.
package final class SharedFields: Sendable {
    package let fields: [String: TemplateValue]
    /// Unique for the life of the process, so that a cache keyed by it never confuses two objects.
    package let id: Int

    private static let nextID = Atomic<Int>(0)

    package init(_ fields: [String: TemplateValue]) {
        self.fields = fields
        id = Self.nextID.add(1, ordering: .relaxed).newValue
    }
}

extension TemplateValue: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral {
    package init(stringLiteral value: String) { self = .text(value) }
    package init(booleanLiteral value: Bool) { self = .bool(value) }
    package init(arrayLiteral elements: TemplateValue...) { self = .list(elements) }
    package init(dictionaryLiteral elements: (String, TemplateValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { $1 }))
    }
}
