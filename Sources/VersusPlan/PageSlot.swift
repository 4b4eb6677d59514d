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
    /// The slot of the page at `position`.
    package func slot(at position: Int) -> PageSlot {
        let index = PairList.lastStart(atMost: position, in: starts)
        guard case .family(let family) = segments[index] else { return PageSlot(segment: index, shape: .siteWide) }
        let offset = position - starts[index]
        if offset == 0 { return PageSlot(segment: index, shape: .family) }
        if offset <= family.codes.count { return PageSlot(segment: index, shape: .code(offset - 1)) }
        let rest = offset - 1 - family.codes.count
        let perPair = family.redirectPages ? 2 : 1
        let (a, b) = family.pairs[rest / perPair]
        return PageSlot(segment: index, shape: rest % perPair == 0 ? .pair(a, b) : .redirect(a, b))
    }

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

    /// Writes the output path of the page at `position` (`slot`) into `buffer` as UTF-8, without making a string,
    /// and returns its length and where its file name starts. `buffer` holds at least `longestPath` bytes. The bytes
    /// are those of `self[position].path` (`SitePaths` spells both).
    package func writePath(of slot: PageSlot, position: Int, into buffer: UnsafeMutableBufferPointer<UInt8>) -> (length: Int, nameStart: Int) {
        var length = 0
        func append(_ bytes: [UInt8]) {
            precondition(length + bytes.count <= buffer.count, "path buffer too small")
            guard !bytes.isEmpty else { return }
            bytes.withUnsafeBufferPointer { (buffer.baseAddress! + length).update(from: $0.baseAddress!, count: $0.count) }
            length += bytes.count
        }
        guard case .family(let family) = segments[slot.segment] else {
            let path = self[position].path
            append(Array(path.utf8))
            return (length, (path.utf8.lastIndex(of: UInt8(ascii: "/")).map { path.utf8.distance(from: path.utf8.startIndex, to: $0) + 1 }) ?? 0)
        }
        append(family.folderBytes)
        let nameStart = length
        switch slot.shape {
        case .siteWide, .family: append(Self.indexName)
        case .code(let code):
            append(family.codeBytes[code])
            append(Self.pageExtension)
        case .pair(let a, let b), .redirect(let b, let a):
            append(family.codeBytes[a])
            append(Self.pairSeparator)
            append(family.codeBytes[b])
            append(Self.pageExtension)
        }
        return (length, nameStart)
    }

    private static let indexName: [UInt8] = Array(SitePaths.indexName.utf8)
    private static let pageExtension: [UInt8] = Array(SitePaths.pageExtension.utf8)
    private static let pairSeparator: [UInt8] = Array(SitePaths.pairSeparator.utf8)
}
