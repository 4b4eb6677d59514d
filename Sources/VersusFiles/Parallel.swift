import Dispatch
import Synchronization

/// Work spread over the machine's cores, with results handed back as values instead of captured variables.
package enum Parallel {
    /// `body(0..<count)` run concurrently; the results in index order. `body` must be safe to call from any thread.
    package static func map<T>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
        guard count > 0 else { return [] }
        return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            let base = buffer.baseAddress!
            // Each index writes only its own slot, so the slots never race.
            let slots = UncheckedPointer(base)
            DispatchQueue.concurrentPerform(iterations: count) { index in
                (slots.pointer + index).initialize(to: body(index))
            }
            initialized = count
        }
    }

    /// Runs `first` and `second` at the same time and returns both results.
    package static func both<A: Sendable, B: Sendable>(_ first: @Sendable () -> A, _ second: @Sendable () -> B) -> (A, B) {
        let a = Mutex<A?>(nil), b = Mutex<B?>(nil)
        DispatchQueue.concurrentPerform(iterations: 2) { task in
            if task == 0 { let value = first(); a.withLock { $0 = value } } else { let value = second(); b.withLock { $0 = value } }
        }
        return (a.withLock { $0! }, b.withLock { $0! })
    }
}

/// A pointer handed to concurrent tasks that each touch a distinct element.
private struct UncheckedPointer<T>: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<T>
    init(_ pointer: UnsafeMutablePointer<T>) { self.pointer = pointer }
}
