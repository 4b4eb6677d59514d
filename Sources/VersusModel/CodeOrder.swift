/// Catalog order: codes compared piece by piece, numbers by value ("X.2.10" after "X.2.9").
package enum CodeOrder {
    package static func precedes(_ a: String, _ b: String) -> Bool {
        // Most codes are plain numbers ("250"): without leading zeros, the shorter is the smaller, and equal lengths
        // compare as text.
        if let order = numericOrder(a, b) { return order }
        let left = pieces(a), right = pieces(b)
        for (x, y) in zip(left, right) where x != y {
            switch (Int(x), Int(y)) {
            case let (m?, n?) where m != n: return m < n
            default: return x < y
            }
        }
        return left.count != right.count ? left.count < right.count : a < b
    }

    private static func numericOrder(_ a: String, _ b: String) -> Bool? {
        let x = a.utf8, y = b.utf8
        guard let first = x.first, let second = y.first, first != UInt8(ascii: "0") || x.count == 1,
              second != UInt8(ascii: "0") || y.count == 1,
              x.allSatisfy({ $0 &- UInt8(ascii: "0") < 10 }), y.allSatisfy({ $0 &- UInt8(ascii: "0") < 10 }) else { return nil }
        return x.count != y.count ? x.count < y.count : x.lexicographicallyPrecedes(y)
    }

    private static func pieces(_ code: String) -> [Substring] {
        var result: [Substring] = []
        var start = code.startIndex
        var index = code.startIndex
        while index < code.endIndex {
            let next = code.index(after: index)
            if next == code.endIndex || code[index].isNumber != code[next].isNumber {
                result.append(code[start..<next])
                start = next
            }
            index = next
        }
        return result
    }
}
