import VersusModel
/// Which pairs of one family have a comparison page, from its `pairs` policy: two codes are paired when they share
/// a group, or when the pair is linked. `all` is one group holding every code, without listing it.
package struct PairSelection: Sendable {
    /// Nil under `all`. Otherwise the groups, each its codes in catalog order: under `same_class` one per class (a
    /// code of a `used_with` family is in the group of each class it is sent with), under `related` none.
    package let groups: [[String]]?
    /// Pairs with a page whatever the groups say: every pair with a note and, under `related`, every pair where one
    /// entry lists the other.
    package let linked: Set<CodePair>
    /// The groups each code is in, by index into `groups`.
    private let membership: [String: [Int]]

    package init(_ family: Family) {
        var linked = Set(family.notes.keys)
        switch family.pairs {
        case .all:
            groups = nil
        case .sameClass:
            let index = Dictionary(family.classes.enumerated().map { ($1.key, $0) }, uniquingKeysWith: { first, _ in first })
            var members = [[String]](repeating: [], count: family.classes.count)
            for entry in family.entries {
                for group in Set(family.classes(of: entry).compactMap { index[$0.key] }) { members[group].append(entry.code) }
            }
            groups = members
        case .related:
            groups = []
            let codes = Set(family.entries.map(\.code))
            for entry in family.entries {
                for other in entry.related where other != entry.code && codes.contains(other) { linked.insert(CodePair(entry.code, other)) }
            }
        }
        self.linked = linked
        var membership: [String: [Int]] = [:]
        for (index, group) in (groups ?? []).enumerated() {
            for code in group { membership[code, default: []].append(index) }
        }
        self.membership = membership
    }

    /// True when the two different codes have a comparison page (in a language that shows both).
    package func contains(_ first: String, _ second: String) -> Bool {
        guard groups != nil else { return true }
        if let mine = membership[first], let theirs = membership[second], mine.contains(where: theirs.contains) { return true }
        return linked.contains(CodePair(first, second))
    }

    /// The pairs of `codes` (in catalog order) that have a page, each (a, b) with a before b, ordered by a and then
    /// by b. Costs the number of pairs returned (plus the codes and groups), not the square of the codes, except
    /// under `all`, where every pair is returned.
    package func pairs(of codes: [String]) -> [(String, String)] {
        guard let positions = positions(of: codes) else { return SitePlanner.pairs(of: codes) }
        return positions.map { (codes[Int($0.0)], codes[Int($0.1)]) }
    }

    /// As `pairs(of:)`, by position in `codes`; nil under `all`, where every pair has a page.
    func positions(of codes: [String]) -> [(Int32, Int32)]? {
        guard let groups else { return nil }
        let position = Dictionary(uniqueKeysWithValues: codes.enumerated().map { ($1, $0) })
        var partners = [[Int]](repeating: [], count: codes.count)
        for group in groups {
            let members = group.compactMap { position[$0] }.sorted()
            for (index, a) in members.enumerated() { partners[a] += members[(index + 1)...] }
        }
        for pair in linked {
            guard let a = position[pair.a], let b = position[pair.b] else { continue }
            partners[min(a, b)].append(max(a, b))
        }
        var result: [(Int32, Int32)] = []
        for (a, later) in partners.enumerated() where !later.isEmpty {
            var previous = -1
            for b in later.sorted() where b != previous {
                result.append((Int32(a), Int32(b)))
                previous = b
            }
        }
        return result
    }
}
