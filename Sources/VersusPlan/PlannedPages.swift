import Foundation
import VersusModel
/// Every page of a plan, in order, made when it is read: the plan keeps each family's codes and pairs per language,
/// not a value per page, so its memory grows with the codes, not with the pages (a family of N codes has N(N-1)/2
/// comparisons per language). Reading a page costs a binary search and its path's string.
package struct PlannedPages: RandomAccessCollection, Sendable {
    /// Pages of one family in one language: its index, its code pages, then each comparison, followed by its
    /// reversed-pair redirect page when the site has them.
    /// A class, so that reading a page copies one reference rather than each of its arrays.
    final class FamilySegment: Sendable {
        let language: String
        let family: String
        /// In catalog order.
        let codes: [String]
        let pairs: PairList
        /// False when reversed pairs have no pages (see `RedirectMode`).
        let redirectPages: Bool
        /// Each code's position in `codes`.
        let positions: [String: Int]
        /// The length of the longest code, in bytes.
        let longestCode: Int
        /// Each code's UTF-8 bytes, and the folder's ("<language>/<family>/"): a page's path is spelled from them
        /// without making a string (see `writePath(of:into:)`).
        let codeBytes: [[UInt8]]
        let folderBytes: [UInt8]

        init(language: String, family: String, codes: [String], pairs: PairList, redirectPages: Bool) {
            self.language = language
            self.family = family
            self.codes = codes
            self.pairs = pairs
            self.redirectPages = redirectPages
            positions = Dictionary(codes.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
            longestCode = codes.map(\.utf8.count).max() ?? 0
            codeBytes = codes.map { Array($0.utf8) }
            folderBytes = Array(SitePaths.folder(language, family).utf8) + [UInt8(ascii: "/")]
        }

        private var pagesPerPair: Int { redirectPages ? 2 : 1 }

        var count: Int { 1 + codes.count + pagesPerPair * pairs.count }

        /// Pages listed in a sitemap: the family's index, its code pages and its comparisons.
        var listedCount: Int { 1 + codes.count + pairs.count }

        /// The offset of the `index`th listed page.
        func offset(ofListed index: Int) -> Int {
            index <= codes.count ? index : 1 + codes.count + (index - 1 - codes.count) * pagesPerPair
        }

        /// The offset of a page of this segment.
        func offset(of kind: Page.Kind) -> Int? {
            switch kind {
            case .family: return 0
            case .code(_, let code): return positions[code].map { 1 + $0 }
            case .pair(_, let a, let b), .redirect(_, let a, let b):
                guard let first = positions[a], let second = positions[b], let index = pairs.index(of: first, second) else { return nil }
                if case .redirect = kind { return redirectPages ? 1 + codes.count + index * 2 + 1 : nil }
                return 1 + codes.count + index * pagesPerPair
            default: return nil
            }
        }

        func page(at offset: Int) -> Page {
            let kind: Page.Kind
            if offset == 0 {
                kind = .family(family)
            } else if offset <= codes.count {
                kind = .code(family: family, code: codes[offset - 1])
            } else {
                let rest = offset - 1 - codes.count
                let (a, b) = pairs[rest / pagesPerPair]
                kind = rest % pagesPerPair == 0 ? .pair(family: family, a: codes[a], b: codes[b]) : .redirect(family: family, a: codes[a], b: codes[b])
            }
            return Page(kind: kind, language: language, path: SitePaths.path(of: kind, language: language))
        }
    }

    /// The pairs of a family's codes with a comparison page, as positions in its code list, ordered by the first and
    /// then the second: every pair (`all`), held as a count, or the listed ones.
    enum PairList: Sendable {
        case every(codes: Int, rowStarts: [Int])
        case listed([(Int32, Int32)])

        static func every(_ codes: Int) -> PairList {
            var starts: [Int] = []
            starts.reserveCapacity(codes)
            var total = 0
            for a in 0..<codes {
                starts.append(total)
                total += codes - a - 1
            }
            return .every(codes: codes, rowStarts: starts)
        }

        var count: Int {
            switch self {
            case .every(let codes, _): return codes * (codes - 1) / 2
            case .listed(let pairs): return pairs.count
            }
        }

        subscript(index: Int) -> (Int, Int) {
            switch self {
            case .listed(let pairs): return (Int(pairs[index].0), Int(pairs[index].1))
            case .every(_, let starts):
                let a = Self.lastStart(atMost: index, in: starts)
                return (a, a + 1 + index - starts[a])
            }
        }

        /// The index of the pair (a, b), a before b, or nil when it is not in the list.
        func index(of a: Int, _ b: Int) -> Int? {
            switch self {
            case .every(let codes, let starts): return a < b && b < codes ? starts[a] + b - a - 1 : nil
            case .listed(let pairs):
                var low = 0, high = pairs.count
                while low < high {
                    let middle = (low + high) / 2
                    let pair = pairs[middle]
                    if (Int(pair.0), Int(pair.1)) < (a, b) { low = middle + 1 } else { high = middle }
                }
                return low < pairs.count && (Int(pairs[low].0), Int(pairs[low].1)) == (a, b) ? low : nil
            }
        }

        /// The last position whose start is at most `value` in ascending `starts`.
        static func lastStart(atMost value: Int, in starts: [Int]) -> Int {
            var low = 0, high = starts.count - 1
            while low < high {
                let middle = (low + high + 1) / 2
                if starts[middle] <= value { low = middle } else { high = middle - 1 }
            }
            return low
        }
    }

    enum Segment: Sendable {
        case fixed([Page])
        case family(FamilySegment)

        var count: Int {
            switch self {
            case .fixed(let pages): return pages.count
            case .family(let segment): return segment.count
            }
        }
    }

    let segments: [Segment]
    /// The position of each segment's first page.
    let starts: [Int]
    /// Pages listed in a sitemap (see `Page.Kind.isListedInSitemap`), in all.
    package let listedCount: Int
    /// The pages of the fixed segments by path, and the family segments by language and family.
    private let fixedByPath: [String: (Page, Int)]
    private let familySegments: [FamilyKey: (FamilySegment, Int)]

    private struct FamilyKey: Hashable {
        var language: Substring
        var family: Substring
    }
    package let endIndex: Int
    package var startIndex: Int { 0 }

    init(_ segments: [Segment]) {
        let kept = segments.filter { $0.count > 0 }
        self.segments = kept
        var starts: [Int] = []
        var total = 0
        for segment in kept {
            starts.append(total)
            total += segment.count
        }
        self.starts = starts
        endIndex = total
        var fixed: [String: (Page, Int)] = [:]
        var families: [FamilyKey: (FamilySegment, Int)] = [:]
        var listed = 0
        for (index, segment) in kept.enumerated() {
            switch segment {
            case .fixed(let pages):
                for (offset, page) in pages.enumerated() { fixed[page.path] = (page, starts[index] + offset) }
                listed += pages.filter(\.kind.isListedInSitemap).count
            case .family(let segment):
                families[FamilyKey(language: Substring(segment.language), family: Substring(segment.family))] = (segment, index)
                listed += segment.listedCount
            }
        }
        fixedByPath = fixed
        familySegments = families
        listedCount = listed
    }

    /// True when the page at `position` belongs to no family (see `Page.Kind.family`), without making it.
    package func isSiteWide(_ position: Int) -> Bool {
        if case .fixed = segments[PairList.lastStart(atMost: position, in: starts)] { return true }
        return false
    }

    /// The pages listed in a sitemap (see `Page.Kind.isListedInSitemap`) from the `start`th, at most `count` of
    /// them, in order: a sitemap file's share, found without making the pages before it.
    package func listed(from start: Int, count: Int) -> [Page] {
        var result: [Page] = []
        var skip = start
        for segment in segments where result.count < count {
            switch segment {
            case .fixed(let pages):
                for page in pages where page.kind.isListedInSitemap && result.count < count {
                    if skip > 0 { skip -= 1 } else { result.append(page) }
                }
            case .family(let family):
                if skip >= family.listedCount {
                    skip -= family.listedCount
                    continue
                }
                for index in skip..<family.listedCount where result.count < count { result.append(family.page(at: family.offset(ofListed: index))) }
                skip = 0
            }
        }
        return result
    }

    /// The folders (relative, without their parents; "" for the site's root) that hold the pages at `positions`
    /// (ascending; nil: every page), found from the segments: a family's pages share one folder, so its pages need not be made.
    package func folders(holding positions: [Int32]?) -> Set<String> {
        var folders: Set<String> = []
        func add(_ path: String) { folders.insert(path.lastIndex(of: "/").map { String(path[..<$0]) } ?? "") }
        for (index, segment) in segments.enumerated() {
            let range = starts[index]..<starts[index] + segment.count
            let owned: [Int]
            if let positions {
                var low = 0, high = positions.count
                while low < high {
                    let middle = (low + high) / 2
                    if Int(positions[middle]) < range.lowerBound { low = middle + 1 } else { high = middle }
                }
                owned = positions[low...].lazy.map(Int.init).prefix { range.contains($0) }.map { $0 }
            } else {
                owned = Array(range)
            }
            guard let first = owned.first else { continue }
            switch segment {
            case .fixed(let pages): for position in owned { add(pages[position - range.lowerBound].path) }
            case .family(let family): add(family.page(at: first - range.lowerBound).path)
            }
        }
        return folders
    }

    /// Calls `body` with every page in order, leaving out the comparisons and redirects of families not in
    /// `families` without making them.
    func forEach(withComparisonsOf families: Set<String>, _ body: (Page) -> Void) {
        for segment in segments {
            switch segment {
            case .fixed(let pages): pages.forEach(body)
            case .family(let family):
                let count = families.contains(family.family) ? family.count : 1 + family.codes.count
                for offset in 0..<count { body(family.page(at: offset)) }
            }
        }
    }

    /// The page whose path is `path`, or nil when there is none; `isPaired(family, a, b)` tells whether a pair of
    /// codes (a before b) has a comparison page. Costs a few dictionary look-ups, not a walk of the pages.
    func page(at path: String, isPaired: (String, String, String) -> Bool) -> (page: Page, position: Int)? {
        if let found = fixedByPath[path] { return found }
        let parts = path.split(separator: "/", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3, parts[2].hasSuffix(".html"),
              let (segment, index) = familySegments[FamilyKey(language: parts[0], family: parts[1])] else { return nil }
        let name = String(parts[2].dropLast(".html".count))
        // No page's name is longer than "index" or two codes and "-vs-": a longer one is not looked into, so a
        // request cannot cost more than that whatever its length.
        guard name.utf8.count <= Swift.max(5, 2 * segment.longestCode + 4) else { return nil }
        var candidates: [Page.Kind] = [.family(segment.family)]
        if segment.positions[name] != nil { candidates.append(.code(family: segment.family, code: name)) }
        var searchFrom = name.startIndex
        while let separator = name.range(of: "-vs-", range: searchFrom..<name.endIndex) {
            let first = String(name[..<separator.lowerBound]), second = String(name[separator.upperBound...])
            if let a = segment.positions[first], let b = segment.positions[second], a != b {
                let (early, late) = a < b ? (first, second) : (second, first)
                if isPaired(segment.family, early, late), a < b || segment.redirectPages {
                    candidates.append(a < b ? .pair(family: segment.family, a: early, b: late) : .redirect(family: segment.family, a: early, b: late))
                }
            }
            searchFrom = name.index(after: separator.lowerBound)
        }
        for kind in candidates where SitePaths.path(of: kind, language: segment.language) == path {
            guard let offset = segment.offset(of: kind) else { continue }
            return (Page(kind: kind, language: segment.language, path: path), starts[index] + offset)
        }
        return nil
    }

    package subscript(position: Int) -> Page {
        precondition(position >= 0 && position < endIndex, "page index out of range")
        let index = PairList.lastStart(atMost: position, in: starts)
        switch segments[index] {
        case .fixed(let pages): return pages[position - starts[index]]
        case .family(let segment): return segment.page(at: position - starts[index])
        }
    }
}
