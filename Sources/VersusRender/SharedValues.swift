import Foundation
import Synchronization
import VersusModel
import VersusMustache

/// A thread-safe memo of template values that many pages share (entry blocks, a language's strings).
package final class SharedValues: Sendable {
    private let values = Mutex<[String: TemplateValue]>([:])

    func get(_ key: String) -> TemplateValue? { values.withLock { $0[key] } }
    func set(_ key: String, _ value: TemplateValue) { values.withLock { $0[key] = value } }
}
