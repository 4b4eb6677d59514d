/// For each family, a hash of every byte its pages can be made from: its own folder's files, the content files
/// outside any family folder (site.yml, i18n/), the folder of the family whose exchange it is drawn on (SMTP's, for
/// SMTP enhanced status codes), the templates, the running tool and the build's settings. A family's
/// pages are rendered from a catalog that holds that family alone (see `SiteBuilder`), so when its scope is the
/// same as at the last build, none of its pages can have changed, and their view models need not be built.
package struct SourceScopes: Equatable, Sendable {
    package private(set) var byFamily: [String: UInt64] = [:]

    package init(byFamily: [String: UInt64]) { self.byFamily = byFamily }

    /// `lenders` maps a family to the family whose exchange it borrows.
    package init(_ digests: ContentDigests, familyIDs: [String], lenders: [String: String] = [:]) {
        for id in familyIDs {
            var scope = StableHash()
            scope.add(digests.shared)
            scope.add(digests.whole(id))
            if let lender = lenders[id] { scope.add(digests.whole(lender)) }
            byFamily[id] = scope.value
        }
    }

    /// The families whose scope is the same in `earlier`.
    package func unchanged(since earlier: SourceScopes) -> Set<String> {
        Set(byFamily.filter { earlier.byFamily[$0.key] == $0.value }.keys)
    }
}
