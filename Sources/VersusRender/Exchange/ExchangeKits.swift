import Synchronization

/// What every diagram of a family in one language shares, built once: the drawing's parts, the step labels, and each
/// code's marks and sentences for the description.
struct ExchangeKit: Sendable {
    let parts: ExchangeParts
    let labels: [String]
    /// By code: for each step, the code's mark label as HTML where the code is drawn, else nil.
    let marks: [String: [String?]]
    /// By code.
    let sentences: [String: String]
}

/// A thread-safe memo of exchange kits, keyed by language and family.
final class ExchangeKits: Sendable {
    private let kits = Mutex<[String: ExchangeKit]>([:])

    func kit(_ key: String, make: () -> ExchangeKit) -> ExchangeKit {
        if let kit = kits.withLock({ $0[key] }) { return kit }
        let kit = make()
        kits.withLock { $0[key] = kit }
        return kit
    }
}
