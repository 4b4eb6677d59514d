import Foundation
import VersusModel
import VersusFiles

/// What a build read, as one hash.
package enum SourceSignature {
    /// A hash of everything a build reads, to skip the whole build when none of it changed: the sources,
    /// the running tool and the options given.
    /// `settings` are the build's options that change its output (base URL, sitemap size).
    package static func digest(folders: [String], settings: String) -> UInt64 {
        var hash = StableHash()
        hash.add(FolderSignature.of(folders))
        hash.add(PageFingerprints.toolIdentity)
        hash.add(settings)
        return hash.value
    }
}
