import Foundation

/// A thread-safe memo of template values that many pages share (entry blocks, a language's strings).
final class SharedValues: @unchecked Sendable {
    private var values: [String: TemplateValue] = [:]
    private let lock = NSLock()

    func get(_ key: String) -> TemplateValue? { lock.withLock { values[key] } }
    func set(_ key: String, _ value: TemplateValue) { lock.withLock { values[key] = value } }
}
