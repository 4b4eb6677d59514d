/// One of `count` parts of a site built side by side (on several machines or processes), `index` from 1 to `count`.
/// Copying the output folders of all parts together gives exactly the site one build writes, with no merge step:
/// each page belongs to exactly one part, and the site-wide files (assets, the root page, each language's home,
/// search page and search index, the 404 page, sitemaps, robots.txt and the server's redirect map) to part 1.
public struct Shard: Sendable, Equatable {
    public let index: Int
    public let count: Int

    /// Reads "K/N" (1 ≤ K ≤ N), or "auto": the part from the environment of a job runner, Kubernetes' Indexed Job
    /// (`JOB_COMPLETION_INDEX`, 0-based, with `VERSUS_SHARDS` set to the number of parts in the Job spec) or GitLab
    /// CI's `parallel:` (`CI_NODE_INDEX`, 1-based, and `CI_NODE_TOTAL`). On failure, why, to follow "--shard ".
    public static func parse(_ text: String, environment: [String: String]) -> Result<Shard, ShardError> {
        if text == "auto" {
            if let index = environment["JOB_COMPLETION_INDEX"].flatMap({ Int($0) }) {
                guard let count = environment["VERSUS_SHARDS"].flatMap({ Int($0) }) else {
                    return .failure(ShardError("auto found JOB_COMPLETION_INDEX but not VERSUS_SHARDS, the number of parts; set it in the Job spec"))
                }
                return make(index + 1, count, text)
            }
            if let index = environment["CI_NODE_INDEX"].flatMap({ Int($0) }), let count = environment["CI_NODE_TOTAL"].flatMap({ Int($0) }) {
                return make(index, count, text)
            }
            return .failure(ShardError("auto needs JOB_COMPLETION_INDEX and VERSUS_SHARDS (Kubernetes) or CI_NODE_INDEX and CI_NODE_TOTAL (GitLab CI)"))
        }
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]) else {
            return .failure(ShardError("must be K/N (for example 2/3) or auto, not '\(text)'"))
        }
        return make(index, count, text)
    }

    private static func make(_ index: Int, _ count: Int, _ text: String) -> Result<Shard, ShardError> {
        guard count >= 1, (1...count).contains(index) else {
            return .failure(ShardError("names part \(index) of \(count); parts are numbered from 1 to their number ('\(text)')"))
        }
        return .success(Shard(index: index, count: count))
    }

    public init(index: Int, count: Int) {
        self.index = index
        self.count = count
    }

    /// True when this part writes the site-wide files: part 1.
    package var writesSiteWideFiles: Bool { index == 1 }

    /// True when this part writes the plan's page at `position`: site-wide pages in part 1, the others dealt round
    /// the parts by their position in the plan, so each part gets as many pages as another, give or take one,
    /// whatever the families' sizes.
    package func owns(isSiteWide: Bool, position: Int) -> Bool {
        isSiteWide ? writesSiteWideFiles : position % count == index - 1
    }

    /// "2of3", for file names.
    package var label: String { "\(index)of\(count)" }
}

/// Why a `--shard` value was refused: completes "--shard ...".
public struct ShardError: Error, Sendable, Equatable {
    public let reason: String
    init(_ reason: String) { self.reason = reason }
}
