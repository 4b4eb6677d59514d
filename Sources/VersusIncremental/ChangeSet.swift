import VersusDiagnostics
import VersusFiles
import VersusPlan
import VersusRender

/// The pages (of a plan, or of one part of it) that a build rendered and wrote, decided against the last build's manifest.
package struct ChangeSet: Sendable {
    /// Indexes into the plan's pages, ascending: the pages whose fingerprint or file differed from the last build's.
    package let stale: [Int]
    /// Every page's fingerprint, by index into the plan's pages.
    package let fingerprints: [UInt64]
    /// The stamp of each file written, by index into the plan's pages; nil where nothing was written or writing failed.
    package let stamps: [FileStamp?]
    /// True when the last build recorded every page of the plan.
    package let everyPageRecorded: Bool
}

extension BuildManifest {
    /// Builds each planned page's view model once, fingerprints it (see `PageFingerprints`), and renders and hands to
    /// `write` (page, bytes) each page whose fingerprint or file in `output` differs from the last build's record,
    /// in parallel. `progress` is called once per page.
    /// Pages of a family in `unchangedFamilies` (see `SourceScopes`) whose file is as the last build left it keep
    /// their recorded fingerprint without their view model being built. `renderers` gives the renderer of each
    /// page's family (nil: site-wide pages) and `site` the renderer of the rest.
    package func rebuild(_ pages: [Page], site: PageRenderer, renderers: [String: PageRenderer], unchangedFamilies: Set<String>,
                         output: String, write: @Sendable (Page, [UInt8]) -> FileStamp?, progress: @Sendable () -> Void) -> ChangeSet {
        let fingerprints = PageFingerprints(templates: site.templates)
        let results = Parallel.map(pages.count) { index -> (UInt64, Status, FileStamp?) in
            defer { progress() }
            let page = pages[index]
            let family = page.kind.family
            if let family, unchangedFamilies.contains(family), let record = records[page.path],
               status(of: page.path, fingerprint: record.fingerprint, in: output) == .current {
                return (record.fingerprint, .current, nil)
            }
            let renderer = family.flatMap { renderers[$0] } ?? site
            let source = renderer.source(of: page)
            let fingerprint = fingerprints.fingerprint(of: page, source: source)
            let status = status(of: page.path, fingerprint: fingerprint, in: output)
            guard status != .current else { return (fingerprint, status, nil) }
            return (fingerprint, status, write(page, renderer.render(page, from: source)))
        }
        return ChangeSet(stale: results.indices.filter { results[$0].1 != .current }, fingerprints: results.map(\.0),
                         stamps: results.map(\.2), everyPageRecorded: !results.contains { $0.1 == .unknown })
    }

    /// Files the last build wrote that `current` (page and asset paths) no longer holds: the ones to remove.
    package func noLongerBuilt(current: [String], everyPageRecorded: Bool, assetPaths: [String]) -> [String] {
        // As many records as current files, all of them recorded: nothing can be stale.
        if records.count == current.count, everyPageRecorded, assetPaths.allSatisfy({ records[$0] != nil }) { return [] }
        let keep = Set(current)
        return records.keys.filter { !keep.contains($0) }.sorted()
    }

    /// The manifest after a build: a record for each file written (its stamp) and the last build's records for
    /// pages left as they were.
    package func updated(pages: [Page], changes: ChangeSet, scopes: SourceScopes,
                         assets: [(path: String, bytes: [UInt8], stamp: FileStamp?)], source: Source?) -> BuildManifest {
        var next = BuildManifest(emptyAt: file)
        next.source = source
        next.scopes = scopes
        next.records.reserveCapacity(pages.count + assets.count)
        if !records.isEmpty {
            for page in pages { next.records[page.path] = records[page.path] }
        }
        for index in changes.stale {
            if let stamp = changes.stamps[index] {
                next.records[pages[index].path] = Record(fingerprint: changes.fingerprints[index], size: stamp.size, modified: stamp.modified)
            }
        }
        for asset in assets {
            if let stamp = asset.stamp {
                next.records[asset.path] = Record(fingerprint: StableHash.of([asset.path]) ^ StableHash(bytes: asset.bytes).value,
                                                  size: stamp.size, modified: stamp.modified)
            }
        }
        return next
    }

    /// Saves the manifest when it differs from `previous`; throws `BuildFailure.io` when it cannot.
    package func save(ifChangedFrom previous: BuildManifest) throws {
        guard records != previous.records || source != previous.source || scopes != previous.scopes else { return }
        do { try save() } catch {
            throw BuildFailure.io(path: DisplayPath.of(file), message: "cannot save the build manifest: \(SystemError.reason(error))")
        }
    }
}
