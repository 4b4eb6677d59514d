import Foundation
import VersusModel
import VersusPlan
import VersusMarkdown
import VersusMustache

/// A thread-safe memo of template values that many pages share (entry blocks, a language's strings).
package final class SharedValues: @unchecked Sendable {
    private var values: [String: TemplateValue] = [:]
    private let lock = NSLock()

    func get(_ key: String) -> TemplateValue? { lock.withLock { values[key] } }
    func set(_ key: String, _ value: TemplateValue) { lock.withLock { values[key] = value } }
}
