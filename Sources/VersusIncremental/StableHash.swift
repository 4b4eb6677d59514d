/// FNV-1a over 64-bit little-endian words, then bytes: the same input gives the same value in every run and on
/// every machine (unlike `Hasher`), for build fingerprints. Not cryptographic.
package struct StableHash {
    private static let prime: UInt64 = 0x0000_0100_0000_01B3
    private(set) var value: UInt64 = 0xCBF2_9CE4_8422_2325

    package init() {}

    package init(bytes: [UInt8]) { add(bytes) }

    package mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { addText($0) }
    }

    /// The same as `add(_:)` of the text these UTF-8 bytes spell.
    mutating func addText(_ utf8: UnsafeBufferPointer<UInt8>) {
        add(utf8)
        addByte(0xFF)  // separator, so ("ab", "c") and ("a", "bc") differ
    }

    mutating func add(_ number: UInt64) { value = (value ^ number) &* Self.prime }

    mutating func add(_ bytes: [UInt8]) { bytes.withUnsafeBufferPointer { add($0) } }

    private mutating func add(_ buffer: UnsafeBufferPointer<UInt8>) {
        guard let base = buffer.baseAddress else { return }
        var index = 0
        while index + 8 <= buffer.count {
            add(UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)))
            index += 8
        }
        while index < buffer.count {
            addByte(buffer[index])
            index += 1
        }
    }

    private mutating func addByte(_ byte: UInt8) { value = (value ^ UInt64(byte)) &* Self.prime }

    /// `value` with its bits mixed (MurmurHash3's finalizer), so that hashes combined by addition do not cancel.
    var mixed: UInt64 {
        var x = value
        x ^= x >> 33
        x &*= 0xFF51_AFD7_ED55_8CCD
        x ^= x >> 33
        x &*= 0xC4CE_B9FE_1A85_EC53
        x ^= x >> 33
        return x
    }

    package static func of(_ parts: [String]) -> UInt64 {
        var hash = StableHash()
        for part in parts { hash.add(part) }
        return hash.value
    }
}
