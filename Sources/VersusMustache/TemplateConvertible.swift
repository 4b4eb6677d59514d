/// A value that becomes a `TemplateValue`: view models, and the plain values they are made of.
package protocol TemplateConvertible {
    var templateValue: TemplateValue { get }
}

extension TemplateValue: TemplateConvertible {
    package var templateValue: TemplateValue { self }

    /// An object of the given fields, in any order; nil values are left out, so a template's section on them is hidden.
    package static func fields(_ fields: KeyValuePairs<String, (any TemplateConvertible)?>) -> TemplateValue {
        var object: [String: TemplateValue] = [:]
        object.reserveCapacity(fields.count)
        for (key, value) in fields {
            if let value { object[key] = value.templateValue }
        }
        return .object(object)
    }

    /// `self` (an object) with `other`'s fields added; `other` wins where both have a field.
    package func adding(_ other: TemplateValue) -> TemplateValue {
        guard case .object(var fields) = self, case .object(let more) = other else { return other }
        fields.merge(more) { $1 }
        return .object(fields)
    }
}

extension String: TemplateConvertible {
    package var templateValue: TemplateValue { .text(self) }
}

extension Bool: TemplateConvertible {
    package var templateValue: TemplateValue { .bool(self) }
}

extension Int: TemplateConvertible {
    package var templateValue: TemplateValue { .text(String(self)) }
}

extension Array: TemplateConvertible where Element: TemplateConvertible {
    package var templateValue: TemplateValue { .list(map { $0.templateValue }) }  // a closure: a key path here is built at run time
}

extension Dictionary: TemplateConvertible where Key == String, Value: TemplateConvertible {
    package var templateValue: TemplateValue { .object(mapValues { $0.templateValue }) }
}
