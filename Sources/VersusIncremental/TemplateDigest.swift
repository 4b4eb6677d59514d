import Synchronization
import VersusMustache

/// A stable hash of exactly the values a template receives. An object's fields count in any order (a dictionary's
/// order changes from run to run); a `.shared` object, shown on many pages, is hashed once.
package final class TemplateDigest: Sendable {
    private let sharedDigests = Mutex<[Int: UInt64]>([:])

    package init() {}

    package func digest(_ value: TemplateValue) -> UInt64 {
        var hash = StableHash()
        add(value, to: &hash)
        return hash.value
    }

    private func add(_ value: TemplateValue, to hash: inout StableHash) {
        switch value {
        case .null:
            hash.add(0)
        case .bool(let flag):
            hash.add(flag ? 2 : 1)
        case .text(let text):
            hash.add(3)
            hash.add(text)
        case .list(let items):
            hash.add(4)
            hash.add(UInt64(items.count))
            for item in items { add(item, to: &hash) }
        case .object(let fields):
            hash.add(5)
            hash.add(digest(of: fields))
        case .shared(let shared):
            hash.add(5)
            if let known = sharedDigests.withLock({ $0[shared.id] }) {
                hash.add(known)
            } else {
                let computed = digest(of: shared.fields)
                sharedDigests.withLock { $0[shared.id] = computed }
                hash.add(computed)
            }
        }
    }

    /// The sum of each field's mixed hash: independent of the order the fields are stored in.
    private func digest(of fields: [String: TemplateValue]) -> UInt64 {
        var sum = UInt64(fields.count)
        for (key, value) in fields {
            var field = StableHash()
            field.add(key)
            add(value, to: &field)
            sum &+= field.mixed
        }
        return sum
    }
}
