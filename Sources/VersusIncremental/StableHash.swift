import VersusModel
/// FNV-1a, 64 bits: the same input gives the same value in every run (unlike `Hasher`), for build fingerprints.
package struct StableHash {
    private(set) var value: UInt64 = 0xCBF2_9CE4_8422_2325

    package init() {}

    package init(bytes: [UInt8]) { add(bytes) }

    package mutating func add(_ text: String) {
        for byte in text.utf8 { add(byte) }
        add(UInt8(0xFF))  // separator, so ("ab", "c") and ("a", "bc") differ
    }

    mutating func add(_ number: UInt64) {
        var remaining = number
        for _ in 0..<8 {
            add(UInt8(truncatingIfNeeded: remaining))
            remaining >>= 8
        }
    }

    mutating func add(_ bytes: [UInt8]) { for byte in bytes { add(byte) } }

    private mutating func add(_ byte: UInt8) {
        value ^= UInt64(byte)
        value = value &* 0x0000_0100_0000_01B3
    }

    package static func of(_ parts: [String]) -> UInt64 {
        var hash = StableHash()
        for part in parts { hash.add(part) }
        return hash.value
    }
}
