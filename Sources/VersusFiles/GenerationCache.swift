import Synchronization

/// Values made by the previous pass over a site's sources (a reload in `versus serve`), found again by key in the
/// next one, so a pass makes only what changed. A pass keeps what it used and drops the rest (`endPass`), so the
/// cache never holds more than two passes' values.
package final class GenerationCache<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private let state = Mutex<(earlier: [Key: Value], used: [Key: Value])>(([:], [:]))

    package init() {}

    /// The earlier pass's value for `key`, or `make()`'s, kept for the next pass. Safe from several threads; `make`
    /// runs without the lock held.
    package func value(for key: Key, make: () -> Value) -> Value {
        if let found = state.withLock({ state -> Value? in
            guard let earlier = state.earlier[key] ?? state.used[key] else { return nil }
            state.used[key] = earlier
            return earlier
        }) {
            return found
        }
        let made = make()
        state.withLock { $0.used[key] = made }
        return made
    }

    /// Ends a pass: what it used is what the next one finds.
    package func endPass() {
        state.withLock { state in
            state.earlier = state.used
            state.used = [:]
        }
    }
}
