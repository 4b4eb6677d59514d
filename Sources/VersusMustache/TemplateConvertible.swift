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

    /// Adds the fields of `other` (an object) to this object, in place; where both have a field, the existing one
    /// stays when `keepingExisting`, else `other`'s wins. Anything but two objects becomes `other` (or stays, when keeping).
    package mutating func merge(_ other: TemplateValue, keepingExisting: Bool) {
        guard case .object(var fields) = self, case .object(let more) = other else {
            if !keepingExisting { self = other }
            return
        }
        self = .null  // so that `fields` is the only reference and grows in place
        if keepingExisting {
            for (key, value) in more where fields[key] == nil { fields[key] = value }
        } else {
            fields.merge(more) { $1 }
        }
        self = .object(fields)
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
