/// A page of a plan named by numbers rather than strings: its segment and the positions of its codes in the
/// segment's code list. A rebuild makes one for every page of a site to find its record, its fingerprint and its
/// file, and makes the page itself (`PlannedPages[position]`) only for the few it renders.
package struct PageSlot: Equatable, Sendable {
    package enum Shape: Equatable, Sendable {
        /// A page of no family (home, search, 404, sitemaps…).
        case siteWide
        /// A family's index.
        case family
        case code(Int)
        /// The comparison of codes a and b, a before b in the family's code list.
        case pair(Int, Int)
        /// The reversed pair's redirect page, `<b>-vs-<a>.html`.
        case redirect(Int, Int)
    }

    /// Index into the plan's segments (see `PlannedPages.familySegment(_:)`).
    package let segment: Int
    package let shape: Shape
}

extension PlannedPages {
    /// The number of segments: runs of site-wide pages, and each family's pages in one language.
    package var segmentCount: Int { segments.count }

    /// The language, family and codes (in catalog order) of a family's segment; nil for a segment of site-wide pages.
    package func familySegment(_ index: Int) -> (language: String, family: String, codes: [String])? {
        guard case .family(let family) = segments[index] else { return nil }
        return (family.language, family.family, family.codes)
    }

    /// The number of bytes the longest page path takes.
    package var longestPath: Int {
        segments.reduce(0) { longest, segment in
            switch segment {
            case .fixed(let pages): return Swift.max(longest, pages.map(\.path.utf8.count).max() ?? 0)
            case .family(let family):
                let name = Swift.max(SitePaths.indexName.utf8.count,
                                     2 * family.longestCode + SitePaths.pairSeparator.utf8.count + SitePaths.pageExtension.utf8.count)
                return Swift.max(longest, family.folderBytes.count + name)
            }
        }
    }

    /// Calls `body` with each of `positions` (ascending), its slot, its output path as UTF-8 (the bytes of
    /// `self[position].path`, which `SitePaths` spells too), NUL-terminated just past the buffer's end, and where its
    /// file name starts in it. No page is made, and a segment is looked up only when the walk enters it: a rebuild
    /// walks every page of a site this way.
    /// `indices` index `positions` (nil: they are the positions).
    package func forEachPath(_ indices: Range<Int>, of positions: [Int32]?, _ body: (Int, PageSlot, UnsafeBufferPointer<UInt8>, Int) -> Void) {
        let capacity = longestPath + 1
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buffer in
            var segment = -1, range = 0..<0
            var family: FamilySegment?
            for index in indices {
                let position = positions.map { Int($0[index]) } ?? index
                if !range.contains(position) {
                    segment = PairList.lastStart(atMost: position, in: starts)
                    range = starts[segment]..<starts[segment] + segments[segment].count
                    if case .family(let found) = segments[segment] { family = found } else { family = nil }
                }
                let slot: PageSlot
                let (length, nameStart): (Int, Int)
                if let family {
                    slot = PageSlot(segment: segment, shape: family.shape(at: position - range.lowerBound))
                    (length, nameStart) = family.writePath(of: slot.shape, into: buffer)
                } else {
                    slot = PageSlot(segment: segment, shape: .siteWide)
                    var path = self[position].path
                    length = path.withUTF8 { utf8 in
                        precondition(utf8.count < buffer.count, "path buffer too small")
                        _ = UnsafeMutableBufferPointer(rebasing: buffer[..<utf8.count]).initialize(from: utf8)
                        return utf8.count
                    }
                    nameStart = (path.utf8.lastIndex(of: UInt8(ascii: "/")).map { path.utf8.distance(from: path.utf8.startIndex, to: $0) + 1 }) ?? 0
                }
                buffer[length] = 0
                body(position, slot, UnsafeBufferPointer(rebasing: buffer[..<length]), nameStart)
            }
        }
    }
}

extension PlannedPages.FamilySegment {
    /// The shape of the page `offset` pages into the segment.
    func shape(at offset: Int) -> PageSlot.Shape {
        if offset == 0 { return .family }
        if offset <= codes.count { return .code(offset - 1) }
        let rest = offset - 1 - codes.count
        let perPair = redirectPages ? 2 : 1
        let (a, b) = pairs[rest / perPair]
        return rest % perPair == 0 ? .pair(a, b) : .redirect(a, b)
    }

    /// Writes the output path of the segment's page of `shape` into `buffer` as UTF-8: its length, and where its file
    /// name starts.
    func writePath(of shape: PageSlot.Shape, into buffer: UnsafeMutableBufferPointer<UInt8>) -> (length: Int, nameStart: Int) {
        var length = 0
        func append(_ bytes: [UInt8]) {
            precondition(length + bytes.count <= buffer.count, "path buffer too small")
            guard !bytes.isEmpty else { return }
            bytes.withUnsafeBufferPointer { (buffer.baseAddress! + length).update(from: $0.baseAddress!, count: $0.count) }
            length += bytes.count
        }
        append(folderBytes)
        let nameStart = length
        switch shape {
        case .siteWide, .family: append(Self.indexName)
        case .code(let code):
            append(codeBytes[code])
            append(Self.pageExtension)
        case .pair(let a, let b), .redirect(let b, let a):
            append(codeBytes[a])
            append(Self.pairSeparator)
            append(codeBytes[b])
            append(Self.pageExtension)
        }
        return (length, nameStart)
    }

    private static let indexName: [UInt8] = Array(SitePaths.indexName.utf8)
    private static let pageExtension: [UInt8] = Array(SitePaths.pageExtension.utf8)
    private static let pairSeparator: [UInt8] = Array(SitePaths.pairSeparator.utf8)
}
