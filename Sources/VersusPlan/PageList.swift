/// The pages one build writes, made when read: every page of a plan, or one part's (see `Shard`), held as positions
/// in the plan's pages (four bytes a page) rather than as pages.
package struct PageList: RandomAccessCollection, Sendable {
    package let plan: SitePlan
    /// Ascending positions in `plan.pages`; nil for every page.
    package let positions: [Int32]?

    /// The pages `shard` writes, or all of them.
    package init(_ plan: SitePlan, shard: Shard?) {
        self.plan = plan
        guard let shard else {
            positions = nil
            return
        }
        positions = plan.pages.indices.filter { shard.owns(isSiteWide: plan.pages.isSiteWide($0), position: $0) }.map(Int32.init)
    }

    package var startIndex: Int { 0 }
    package var endIndex: Int { positions?.count ?? plan.pages.count }

    package subscript(index: Int) -> Page { plan.pages[position(of: index)] }

    /// The position in `plan.pages` of the `index`th page of the list.
    package func position(of index: Int) -> Int { positions.map { Int($0[index]) } ?? index }

    /// True when the list holds the plan's page at `position`.
    package func contains(position: Int) -> Bool {
        guard let positions else { return position >= 0 && position < plan.pages.count }
        var low = 0, high = positions.count
        while low < high {
            let middle = (low + high) / 2
            if Int(positions[middle]) < position { low = middle + 1 } else { high = middle }
        }
        return low < positions.count && Int(positions[low]) == position
    }

    /// True when the list holds a page whose output path is `path`.
    package func contains(path: String) -> Bool { plan.locate(path).map { contains(position: $0.position) } ?? false }

    /// Calls `body` with the position, slot, path and file name's start of each page of the list at `indices`
    /// (see `PlannedPages.forEachPath`).
    package func forEachPath(_ indices: Range<Int>, _ body: (Int, PageSlot, UnsafeBufferPointer<UInt8>, Int) -> Void) {
        plan.pages.forEachPath(indices, of: positions, body)
    }

    /// The folders that hold the list's pages, without their parents.
    package var folders: Set<String> { plan.pages.folders(holding: positions) }
}
