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

    /// Like `map`, but `body` is handed a run of at most `run` indices at a time and gives each index's result in
    /// order through `emit` (exactly one per index): work that costs little per index can keep what it looked up
    /// for the previous index of its run.
    package static func map<T>(_ count: Int, inRunsOf run: Int, _ body: @Sendable (Range<Int>, _ emit: (T) -> Void) -> Void) -> [T] {
        guard count > 0 else { return [] }
        return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            let slots = UncheckedPointer(buffer.baseAddress!)
            DispatchQueue.concurrentPerform(iterations: (count + run - 1) / run) { number in
                let range = number * run..<Swift.min((number + 1) * run, count)
                var next = range.lowerBound
                body(range) { value in
                    precondition(next < range.upperBound, "more results than indices")
                    (slots.pointer + next).initialize(to: value)
                    next += 1
                }
                precondition(next == range.upperBound, "fewer results than indices")
            }
            initialized = count
        }
    }

    /// Runs `background` on another thread while `foreground` runs on this one, and returns both results.
    /// `foreground` keeps every core for its own `map`s (a `map` nested in another's concurrent task runs on
    /// that task's thread alone).
    package static func alongside<A, B: Sendable>(_ foreground: () -> A, background: @escaping @Sendable () -> B) -> (A, B) {
        let result = Mutex<B?>(nil)
        let done = DispatchGroup()
        DispatchQueue.global().async(group: done) {
            let value = background()
            result.withLock { $0 = value }
        }
        let first = foreground()
        done.wait()
        return (first, result.withLock { $0! })
    }
}

/// A pointer handed to concurrent tasks that each touch a distinct element.
private struct UncheckedPointer<T>: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<T>
    init(_ pointer: UnsafeMutablePointer<T>) { self.pointer = pointer }
}
