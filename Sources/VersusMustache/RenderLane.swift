import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A small number for the calling thread, so that each rendering thread can keep data of its own: two threads
/// reading the same heap objects pay for every reference count change with a cache line moved between cores.
package enum RenderLane {
    /// How many lanes there are; threads beyond this share lanes (`current` wraps around).
    package static let count = 16

    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        precondition(pthread_key_create(&key, nil) == 0, "no thread-specific key left")
        return key
    }()
    private static let threads = Atomic<Int>(0)

    /// The calling thread's lane, in `0..<count`: the first thread to ask gets 0, the next 1, and so on.
    package static var current: Int {
        if let stored = pthread_getspecific(key) { return (Int(bitPattern: stored) - 1) % count }
        let number = threads.add(1, ordering: .relaxed).newValue
        pthread_setspecific(key, UnsafeRawPointer(bitPattern: number))
        return (number - 1) % count
    }
}

/// A value made once per render lane, on the lane's first use: each rendering thread works on a copy of its own.
/// Threads that share a lane (more threads than lanes) share its value, which must therefore be thread-safe.
package final class PerLane<Value: Sendable>: Sendable {
    private final class Slot: Sendable {
        let value = Mutex<Value?>(nil)
        /// Keeps the next slot's lock off this one's cache line.
        private let padding: (Int, Int, Int, Int, Int, Int, Int, Int) = (0, 0, 0, 0, 0, 0, 0, 0)
    }

    private let slots: [Slot]
    private let make: @Sendable () -> Value

    /// `first` becomes the calling thread's value; the other lanes' come from `make`.
    package init(first: Value? = nil, make: @escaping @Sendable () -> Value) {
        slots = (0..<RenderLane.count).map { _ in Slot() }
        self.make = make
        if let first { slots[RenderLane.current].value.withLock { $0 = first } }
    }

    /// The calling thread's value, made now if its lane has none yet.
    package var current: Value {
        slots[RenderLane.current].value.withLock { value in
            if let value { return value }
            let made = make()
            value = made
            return made
        }
    }

    /// The values made so far, in lane order.
    package var made: [Value] { slots.compactMap { slot in slot.value.withLock { $0 } } }
}
