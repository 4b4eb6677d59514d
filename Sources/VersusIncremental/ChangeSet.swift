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
    /// in parallel. `progress` is called once per page.
    /// Pages of a family in `unchangedFamilies` (see `SourceScopes`) whose file is as the last build left it keep
    /// their recorded fingerprint without their view model being built. `renderers` gives the renderer of each
    /// page's family (nil: site-wide pages) and `site` the renderer of the rest.
    package func rebuild(_ pages: PageList, site: PageRenderer, renderers: [String: PageRenderer], unchangedFamilies: Set<String>,
                         inputs: PageInputs, output: String, write: @Sendable (Page, [UInt8]) -> FileStamp?,
                         progress: @Sendable () -> Void) -> ChangeSet {
        let fingerprints = PageFingerprints(templates: site.templates, inputs: inputs)
        let outcomes = Parallel.map(pages.count) { index -> ChangeSet.Outcome in
            defer { progress() }
            let page = pages[index]
            let key = Self.key(of: page.path)
            let family = page.kind.family
            if let family, unchangedFamilies.contains(family), let record = records[key],
               status(of: page.path, key: key, fingerprint: record.fingerprint, in: output) == .current {
                return .init(fingerprint: record.fingerprint, key: key, status: .current, stamp: nil)
            }
            // Looked up only when needed: a renderer is a large value, and most pages are not rendered.
            func renderer() -> PageRenderer { family.flatMap { renderers[$0] } ?? site }
            if let fingerprint = fingerprints.inputFingerprint(of: page) {
                let status = status(of: page.path, key: key, fingerprint: fingerprint, in: output)
                guard status != .current else { return .init(fingerprint: fingerprint, key: key, status: status, stamp: nil) }
                return .init(fingerprint: fingerprint, key: key, status: status, stamp: write(page, renderer().render(page)))
            }
            let renderer = renderer()
            let source = renderer.source(of: page)
            let fingerprint = fingerprints.fingerprint(of: page, source: source)
            let status = status(of: page.path, key: key, fingerprint: fingerprint, in: output)
            guard status != .current else { return .init(fingerprint: fingerprint, key: key, status: status, stamp: nil) }
            return .init(fingerprint: fingerprint, key: key, status: status, stamp: write(page, renderer.render(page, from: source)))
        }
        return ChangeSet(outcomes: outcomes, everyPageRecorded: !outcomes.contains { $0.status == .unknown })
    }

    /// Files the last build wrote that this one does not: neither a page of `pages` nor one of `assetPaths`. The
    /// paths are read from the manifest file only when the counts show some can be stale.
    package func noLongerBuilt(_ pages: PageList, everyPageRecorded: Bool, assetPaths: [String]) -> [String] {
        // As many records as current files, all of them recorded: nothing can be stale.
        if records.count == pages.count + assetPaths.count, everyPageRecorded, assetPaths.allSatisfy({ record(for: $0) != nil }) { return [] }
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
        var count = 0
        for outcome in changes.outcomes where outcome.stamp != nil || records[outcome.key] != nil { count += 1 }
        let unchanged = source == self.source && scopes == self.scopes && changes.writtenCount == 0
            && count + assetRecords.count == records.count && assetRecords.allSatisfy { record(for: $0.path) == $0.record }
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
                        for index in (first + number * piece)..<min(first + (number + 1) * piece, changes.outcomes.count) {
                            let outcome = changes.outcomes[index]
                            if let stamp = outcome.stamp {
                                Self.appendLine(pages[index].path, Record(fingerprint: outcome.fingerprint, size: stamp.size, modified: stamp.modified),
                                                to: &bytes)
                            } else if let record = records[outcome.key] {
                                Self.appendLine(pages[index].path, record, to: &bytes)
                            }
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
