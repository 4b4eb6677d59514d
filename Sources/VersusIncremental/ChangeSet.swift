import VersusDiagnostics
import VersusFiles
import VersusPlan
import VersusRender

/// The pages (of a plan, or of one part of it) that a build rendered and wrote, decided against the last build's manifest.
package struct ChangeSet: Sendable {
    /// What became of one page: its fingerprint, its path's key in the manifest, and the stamp of its file when it
    /// was written (nil when it was as the last build left it, or writing failed).
    package struct Outcome: Sendable {
        var fingerprint: UInt64
        var key: UInt64
        var status: BuildManifest.Status
        var stamp: FileStamp?
    }

    /// By index into the build's pages.
    package let outcomes: [Outcome]
    /// True when the last build recorded every page of the build.
    package let everyPageRecorded: Bool
    /// Pages written because their fingerprint or file differed from the last build's.
    package var writtenCount: Int { outcomes.reduce(0) { $0 + ($1.stamp == nil ? 0 : 1) } }
}

extension BuildManifest {
    /// Fingerprints each code, comparison and redirect page by its input files (`inputs`), and each other page by its
    /// view model, built once (see `PageFingerprints`), and renders and hands to
    /// `write` (page, bytes) each page whose fingerprint or file in `output` differs from the last build's record,
    /// in parallel. `progress` is called with each number of pages done.
    /// Pages of a family in `unchangedFamilies` (see `SourceScopes`) whose file is as the last build left it keep
    /// their recorded fingerprint without their view model being built. `renderers` gives the renderer of each
    /// page's family (nil: site-wide pages) and `site` the renderer of the rest.
    /// A page is made (a value with its path's string) only when it is rendered: the rest are handled by their
    /// slots (`PageSlot`), their paths spelled into a buffer and their files found in their open folder.
    package func rebuild(_ pages: PageList, site: PageRenderer, renderers: [String: PageRenderer], unchangedFamilies: Set<String>,
                         inputs: PageInputs, output: String, write: @Sendable (Page, [UInt8]) -> FileStamp?,
                         progress: @Sendable (Int) -> Void) -> ChangeSet {
        let fingerprints = PageFingerprints(templates: site.templates)
        let planned = pages.plan.pages
        let segments = (0..<planned.segmentCount).map { index -> SegmentState in
            guard let segment = planned.familySegment(index) else { return SegmentState(folder: nil, inputs: nil, unchanged: false) }
            return SegmentState(folder: OpenFolder(path: output + "/" + SitePaths.folder(segment.language, segment.family)),
                                inputs: inputs.segment(family: segment.family, language: segment.language, codes: segment.codes),
                                unchanged: unchangedFamilies.contains(segment.family))
        }
        let root = OpenFolder(path: output)
        @Sendable func outcome(index: Int, position: Int, slot: PageSlot, path: UnsafeBufferPointer<UInt8>, nameStart: Int,
                               segment: SegmentState) -> ChangeSet.Outcome {
            let key = Self.key(utf8: path)
            let statusOf = { (fingerprint: UInt64) -> Status in
                self.status(index: index, key: key, fingerprint: fingerprint) {
                    path.withMemoryRebound(to: CChar.self) { name in
                        if let folder = segment.folder { return FileStamp(in: folder, name: name.baseAddress! + nameStart) }
                        return root.flatMap { FileStamp(in: $0, name: name.baseAddress!) }
                    }
                }
            }
            if segment.unchanged, let record = record(at: index, key: key), statusOf(record.fingerprint) == .current {
                return .init(fingerprint: record.fingerprint, key: key, status: .current, stamp: nil)
            }
            // Looked up only when needed: a renderer is a large value, and most pages are not rendered.
            func renderer(_ page: Page) -> PageRenderer { page.kind.family.flatMap { renderers[$0] } ?? site }
            if let fingerprint = segment.inputs?.fingerprint(of: slot.shape, key: key) {
                let status = statusOf(fingerprint)
                guard status != .current else { return .init(fingerprint: fingerprint, key: key, status: status, stamp: nil) }
                let page = planned[position]
                return .init(fingerprint: fingerprint, key: key, status: status, stamp: write(page, renderer(page).render(page)))
            }
            let page = planned[position]
            let renderer = renderer(page)
            let source = renderer.source(of: page)
            let fingerprint = fingerprints.fingerprint(of: page, source: source)
            let status = statusOf(fingerprint)
            guard status != .current else { return .init(fingerprint: fingerprint, key: key, status: status, stamp: nil) }
            return .init(fingerprint: fingerprint, key: key, status: status, stamp: write(page, renderer.render(page, from: source)))
        }
        // Pages are taken a run at a time, so that a thread looks up its segment's state once per run, not per page.
        let outcomes = Parallel.map(pages.count, inRunsOf: 2_048) { indices, emit in
            var current = -1
            var segment = SegmentState(folder: nil, inputs: nil, unchanged: false)
            var index = indices.lowerBound
            pages.forEachPath(indices) { position, slot, path, nameStart in
                if slot.segment != current {
                    current = slot.segment
                    segment = segments[current]
                }
                emit(outcome(index: index, position: position, slot: slot, path: path, nameStart: nameStart, segment: segment))
                index += 1
            }
            progress(indices.count)
        }
        return ChangeSet(outcomes: outcomes, everyPageRecorded: !outcomes.contains { $0.status == .unknown })
    }

    /// What a rebuild knows of one segment of the plan: its open folder and inputs (family segments), and whether
    /// its family's files are as the last build read them.
    private struct SegmentState: Sendable {
        let folder: OpenFolder?
        let inputs: SegmentInputs?
        let unchanged: Bool
    }

    /// The keys (`key(of:)` of their paths) of the files a build of `pages` records, in the order it records them:
    /// its pages, then `assetPaths` (see `match`).
    package static func keys(of pages: PageList, assetPaths: [String]) -> [UInt64] {
        Parallel.map(pages.count, inRunsOf: 8_192) { indices, emit in
            pages.forEachPath(indices) { _, _, path, _ in emit(key(utf8: path)) }
        } + assetPaths.map { key(of: $0) }
    }

    /// Writes the unfinished marker `marker` (see `unfinishedMarker(of:)`): the paths listed by the marker found
    /// there (a build cut short), then the paths of this build's files that the last build did not record (see
    /// `match`), the files this build may create before its manifest records them. Each path is followed by a NUL
    /// byte (no path holds one); the list is written in pieces, so a million paths take the memory of a few.
    /// `keys` are `keys(of: pages, assetPaths:)`.
    package func markUnfinished(_ marker: String, pages: PageList, keys: [UInt64], assetPaths: [String], carrying: Bool) throws {
        try Self.replace(marker) { write in
            var piece: [UInt8] = []
            func add(_ path: some Sequence<UInt8>) {
                piece.append(contentsOf: path)
                piece.append(0)
            }
            if carrying { Self.forEachPath(inUnfinishedMarker: marker) { add($0.utf8) } }
            write(piece)
            piece.removeAll(keepingCapacity: true)
            guard !writesTheSameFiles else { return }
            var start = 0
            while start < pages.count {
                let end = min(start + 16_384, pages.count)
                var index = start
                pages.forEachPath(start..<end) { _, _, path, _ in
                    if record(at: index, key: keys[index]) == nil { add(path) }
                    index += 1
                }
                write(piece)
                piece.removeAll(keepingCapacity: true)
                start = end
            }
            for (offset, path) in assetPaths.enumerated() where record(at: pages.count + offset, key: keys[pages.count + offset]) == nil {
                add(path.utf8)
            }
            write(piece)
        }
    }

    /// The files an unfinished marker lists that this build of `pages` and `assetPaths` does not make: left by a
    /// build cut short (see `markUnfinished`).
    package static func leftUnmade(byMarker marker: String, pages: PageList, assetPaths: [String]) -> [String] {
        let assets = Set(assetPaths)
        var left: [String] = []
        forEachPath(inUnfinishedMarker: marker) { path in
            if !assets.contains(path), !pages.contains(path: path) { left.append(path) }
        }
        return left
    }

    /// Files the last build wrote that this one does not: neither a page of `pages` nor one of `assetPaths`. The
    /// paths are read from the manifest file only when the counts show some can be stale.
    package func noLongerBuilt(_ pages: PageList, everyPageRecorded: Bool, assetPaths: [String]) -> [String] {
        if writesTheSameFiles { return [] }
        // As many records as current files, all of them recorded: nothing can be stale.
        if recordCount == pages.count + assetPaths.count, everyPageRecorded, assetPaths.allSatisfy({ record(for: $0) != nil }) { return [] }
        let assets = Set(assetPaths)
        var stale: [String] = []
        Self.forEachRecord(in: file) { path, _ in
            if !assets.contains(path), !pages.contains(path: path) { stale.append(path) }
        }
        return stale.sorted()
    }

    /// Saves the manifest of a build that wrote `changes` for `pages`: a record for each file written (its stamp)
    /// and the last build's records for pages left as they were. Nothing is written when it would equal the last
    /// build's manifest; throws `BuildFailure.io` when it cannot be saved.
    package func save(after pages: PageList, changes: ChangeSet, scopes: SourceScopes,
                      assets: [(path: String, bytes: [UInt8], stamp: FileStamp?)], source: Source?) throws {
        let assetRecords = assets.compactMap { asset in
            asset.stamp.map { (path: asset.path, record: Record(fingerprint: StableHash.of([asset.path]) ^ StableHash(bytes: asset.bytes).value,
                                                                size: $0.size, modified: $0.modified)) }
        }
        // The same files as the last build's, in the same order: only the records that changed are rewritten.
        if writesTheSameFiles, assetRecords.count == assets.count {
            var changed: [(line: Int, record: Record)] = []
            for (index, outcome) in changes.outcomes.enumerated() {
                if let stamp = outcome.stamp { changed.append((index, Record(fingerprint: outcome.fingerprint, size: stamp.size, modified: stamp.modified))) }
            }
            for (offset, asset) in assetRecords.enumerated() where record(at: pages.count + offset, key: Self.key(of: asset.path)) != asset.record {
                changed.append((pages.count + offset, asset.record))
            }
            if changed.isEmpty, source == self.source, scopes == self.scopes { return }
            if rewriteInPlace(changed, header: Self.header(source: source, scopes: scopes)) { return }
        }
        var count = 0
        for (index, outcome) in changes.outcomes.enumerated() where outcome.stamp != nil || record(at: index, key: outcome.key) != nil { count += 1 }
        let unchanged = source == self.source && scopes == self.scopes && changes.writtenCount == 0
            && count + assetRecords.count == recordCount && assetRecords.allSatisfy { record(for: $0.path) == $0.record }
        if unchanged { return }
        do {
            try Self.save(file: file, source: source, scopes: scopes) { write in
                // Lines are made in parallel, a few pieces at a time: making each page's path is most of the work.
                let piece = 16_384, batch = 8
                var start = 0
                while start < changes.outcomes.count {
                    let count = min(batch, (changes.outcomes.count - start + piece - 1) / piece)
                    let first = start
                    let pieces = Parallel.map(count) { number -> [UInt8] in
                        var bytes: [UInt8] = []
                        bytes.reserveCapacity(piece * 64)
                        let indices = (first + number * piece)..<min(first + (number + 1) * piece, changes.outcomes.count)
                        var index = indices.lowerBound
                        pages.forEachPath(indices) { _, _, path, _ in
                            let outcome = changes.outcomes[index]
                            let record = outcome.stamp.map { Record(fingerprint: outcome.fingerprint, size: $0.size, modified: $0.modified) }
                                ?? self.record(at: index, key: outcome.key)
                            index += 1
                            if let record { Self.appendLine(path, record, to: &bytes) }
                        }
                        return bytes
                    }
                    pieces.forEach(write)
                    start += count * piece
                }
                var bytes: [UInt8] = []
                for asset in assetRecords { Self.appendLine(asset.path, asset.record, to: &bytes) }
                write(bytes)
            }
        } catch {
            throw BuildFailure.io(path: DisplayPath.of(file), message: "cannot save the build manifest: \(SystemError.reason(error))")
        }
    }
}
