import Foundation
import VersusMustache
import VersusFiles

/// For each family, a hash of every byte its pages can be made from: its own folder's files, the content files
/// outside any family folder (site.yml, i18n/), the folder of the family whose exchange it is drawn on (SMTP's, for
/// SMTP enhanced status codes), the templates, the running tool and the build's settings. A family's
/// pages are rendered from a catalog that holds that family alone (see `SiteBuilder`), so when its scope is the
/// same as at the last build, none of its pages can have changed, and their view models need not be built.
package struct SourceScopes: Equatable, Sendable {
    package private(set) var byFamily: [String: UInt64] = [:]

    package init(byFamily: [String: UInt64]) { self.byFamily = byFamily }

    /// Reads every input file of `contentDirectory` (as `InputFiles` lists them). `settings` are the options that
    /// change the output (base URL, sitemap size). `lenders` maps a family to the family whose exchange it borrows.
    package init(contentDirectory: String, familyIDs: [String], lenders: [String: String] = [:], templates: TemplateSet, settings: String) {
        let families = Set(familyIDs)
        var shared = StableHash()
        shared.add(PageFingerprints.toolIdentity)
        shared.add(settings)
        for (name, text) in templates.sources {
            shared.add(name)
            shared.add(text)
        }
        var own: [String: StableHash] = [:]
        for relative in InputFiles.files(in: contentDirectory) {
            let folder = relative.split(separator: "/", maxSplits: 1).first.map(String.init) ?? ""
            let bytes = FileManager.default.contents(atPath: (contentDirectory as NSString).appendingPathComponent(relative)).map(Array.init) ?? []
            if relative.contains("/"), families.contains(folder) {
                own[folder, default: StableHash()].add(relative)
                own[folder, default: StableHash()].add(UInt64(bytes.count))
                own[folder, default: StableHash()].add(bytes)
            } else {
                shared.add(relative)
                shared.add(UInt64(bytes.count))
                shared.add(bytes)
            }
        }
        for id in familyIDs {
            var scope = StableHash()
            scope.add(shared.value)
            scope.add((own[id] ?? StableHash()).value)
            if let lender = lenders[id] { scope.add((own[lender] ?? StableHash()).value) }
            byFamily[id] = scope.value
        }
    }

    /// The families whose scope is the same in `earlier`.
    package func unchanged(since earlier: SourceScopes) -> Set<String> {
        Set(byFamily.filter { earlier.byFamily[$0.key] == $0.value }.keys)
    }
}
