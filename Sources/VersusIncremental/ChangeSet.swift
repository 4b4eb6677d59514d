import VersusDiagnostics
import VersusFiles
import VersusPlan

/// The pages of a plan that a build must render and write, decided against the last build's manifest.
package struct ChangeSet: Sendable {
    /// Indexes into the plan's pages, ascending.
    package let stale: [Int]
    /// Every page's fingerprint, by index into the plan's pages.
    package let fingerprints: [UInt64]
    /// True when the last build recorded every page of the plan.
    package let everyPageRecorded: Bool
}

extension BuildManifest {
    /// Compares each planned page's fingerprint and file stamp in `output` with what the last build recorded.
    package func changes(in plan: SitePlan, fingerprints: PageFingerprints, output: String) -> ChangeSet {
        let results = Parallel.map(plan.pages.count) { index -> (UInt64, Status) in
            let page = plan.pages[index]
            let fingerprint = fingerprints.fingerprint(of: page)
            return (fingerprint, status(of: page.path, fingerprint: fingerprint, in: output))
        }
        return ChangeSet(stale: results.indices.filter { results[$0].1 != .current }, fingerprints: results.map(\.0),
                         everyPageRecorded: !results.contains { $0.1 == .unknown })
    }

    /// Files the last build wrote that `current` (page and asset paths) no longer holds: the ones to remove.
    package func noLongerBuilt(current: [String], everyPageRecorded: Bool, assetPaths: [String]) -> [String] {
        // As many records as current files, all of them recorded: nothing can be stale.
        if records.count == current.count, everyPageRecorded, assetPaths.allSatisfy({ records[$0] != nil }) { return [] }
        let keep = Set(current)
        return records.keys.filter { !keep.contains($0) }.sorted()
    }

    /// The manifest after a build: a record for each file written (its stamp) and the last build's records for
    /// pages left as they were. `pageStamps` are by position in `changes.stale`; nil where writing failed.
    package func updated(plan: SitePlan, changes: ChangeSet, pageStamps: [FileStamp?],
                         assets: [(path: String, bytes: [UInt8], stamp: FileStamp?)], source: Source?) -> BuildManifest {
        var next = BuildManifest(emptyAt: file)
        next.source = source
        next.records.reserveCapacity(plan.pages.count + assets.count)
        if !records.isEmpty {
            for page in plan.pages { next.records[page.path] = records[page.path] }
        }
        for (position, index) in changes.stale.enumerated() {
            if let stamp = pageStamps[position] {
                next.records[plan.pages[index].path] = Record(fingerprint: changes.fingerprints[index], size: stamp.size, modified: stamp.modified)
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
        guard records != previous.records || source != previous.source else { return }
        do { try save() } catch {
            throw BuildFailure.io(path: DisplayPath.of(file), message: "cannot save the build manifest: \(SystemError.reason(error))")
        }
    }
}
