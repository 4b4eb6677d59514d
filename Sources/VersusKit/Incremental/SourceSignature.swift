import Foundation

/// A cheap fingerprint of folders (paths, sizes, modification times) to notice edits by polling.
enum SourceSignature {
    static func of(_ folders: [String]) -> String {
        var parts: [String] = []
        for folder in folders {
            guard let enumerator = FileManager.default.enumerator(atPath: folder) else { continue }
            for case let relative as String in enumerator {
                let path = (folder as NSString).appendingPathComponent(relative)
                var info = stat()
                if stat(path, &info) == 0 {
                    parts.append("\(path):\(info.st_size):\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)")
                }
            }
        }
        return parts.sorted().joined(separator: "\n")
    }

    /// A hash of everything a build reads, to skip the whole build when none of it changed: the sources,
    /// the running tool and the options given.
    static func digest(of options: BuildOptions) -> UInt64 {
        var hash = StableHash()
        hash.add(of([options.contentDirectory, options.templatesDirectory]))
        hash.add(PageFingerprints.toolIdentity)
        hash.add("\(options.baseURL ?? "")|\(options.sitemapLimit)")
        return hash.value
    }
}
