import Foundation
import VersusModel
import VersusFiles

/// What a build read, as one hash.
package enum SourceSignature {
    /// A hash of everything a build reads, to skip the whole build when none of it changed: the sources,
    /// the running tool and the options given. `settings` are the build's options that change its output (base URL,
    /// sitemap size). `trusted` is false when a source was modified too recently for its stamp to prove that a
    /// later build reads the same bytes (see `FolderSignature.isRecent`): then the digest must not be recorded.
    package static func digest(folders: [String], settings: String) -> (value: UInt64, trusted: Bool) {
        let signature = FolderSignature.of(folders)
        var hash = StableHash()
        hash.add(signature.text)
        hash.add(PageFingerprints.toolIdentity)
        hash.add(settings)
        return (hash.value, !signature.isRecent)
    }
}
