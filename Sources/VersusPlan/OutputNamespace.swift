import VersusDiagnostics
import VersusModel

/// Checks that no two outputs of a plan share a path: not exactly, not by letter case alone (they collide on the
/// default file systems of macOS and Windows), and no file where another output needs a folder.
package enum OutputNamespace {
    /// One error per collision, at the source a person would rename (an entry or family file when one is involved),
    /// naming both sources. `assetPaths` are the asset files' output paths (`assets/style.css`).
    package static func collisions(in plan: SitePlan, catalog: Catalog, assetPaths: [String]) -> [Diagnostic] {
        // A comparison's path is made of its two codes, so comparisons can only collide when codes do (found through
        // the code pages) or when a hyphen lets two pairs spell one name ("x-vs" + "vs-y" and "x" + "vs-vs-y"): only
        // families with hyphenated codes have their comparisons checked, which spares the largest part of the site.
        let hyphenated = Set(catalog.families.filter { $0.entries.contains { $0.code.contains("-") } }.map(\.id))
        var outputs: [(path: String, source: Source)] = []
        outputs.reserveCapacity(plan.pages.count + assetPaths.count)
        plan.pages.forEach(withComparisonsOf: hyphenated) { outputs.append(($0.path, .page($0))) }
        outputs += assetPaths.map { ($0, .asset($0)) }
        var files: [String: Int] = [:]
        files.reserveCapacity(outputs.count)
        var found: [(first: Int, second: Int, kind: Kind)] = []
        for (index, output) in outputs.enumerated() {
            let key = foldedCase(output.path)
            if let first = files[key] {
                found.append((first, index, outputs[first].path == output.path ? .same : .letterCase))
            } else {
                files[key] = index
            }
        }
        var checkedFolders = Set<String>()
        var lastFolder: Substring = ""
        for (index, output) in outputs.enumerated() {
            guard let slash = output.path.lastIndex(of: "/") else { continue }
            // Outputs come folder by folder: a folder just checked needs no second look.
            if output.path[..<slash] == lastFolder { continue }
            lastFolder = output.path[..<slash]
            var folder = Substring(output.path)
            while let slash = folder.lastIndex(of: "/") {
                folder = folder[..<slash]
                let key = foldedCase(String(folder))
                guard checkedFolders.insert(key).inserted else { break }
                if let file = files[key] { found.append((file, index, .fileAndFolder)) }
            }
        }
        // Two colliding codes make their comparisons collide too: the codes' collision says it all.
        var collidingCodes = Set<String>()
        for collision in found {
            for side in [collision.first, collision.second] {
                if case .page(let page) = outputs[side].source, case .code(let family, let code) = page.kind { collidingCodes.insert(family + "/" + code) }
            }
        }
        return found.filter { collision in
            [collision.first, collision.second].allSatisfy { side in
                guard case .page(let page) = outputs[side].source else { return true }
                switch page.kind {
                case .pair(let family, let a, let b), .redirect(let family, let a, let b):
                    return !collidingCodes.contains(family + "/" + a) && !collidingCodes.contains(family + "/" + b)
                default: return true
                }
            }
        }.map { collision(outputs[$0.first], outputs[$0.second], kind: $0.kind, catalog: catalog) }
    }

    /// ASCII letters folded to lower case (output paths are ASCII: codes, family ids and language codes are);
    /// a path without capitals is returned as it is, without a copy.
    private static func foldedCase(_ path: String) -> String {
        guard path.utf8.contains(where: { (0x41...0x5A).contains($0) }) else { return path }
        return String(decoding: path.utf8.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }, as: UTF8.self)
    }

    enum Kind {
        case same, letterCase, fileAndFolder
    }

    enum Source {
        case page(Page)
        case asset(String)
    }

    private static func collision(_ first: (path: String, source: Source), _ second: (path: String, source: Source), kind: Kind,
                                  catalog: Catalog) -> Diagnostic {
        let place: String
        switch kind {
        case .same: place = "at '\(first.path)'"
        case .letterCase: place = "at '\(first.path)' and '\(second.path)', one file on macOS and Windows"
        case .fileAndFolder: place = "at '\(first.path)', which the other needs as a folder for '\(second.path)'"
        }
        let message = "two outputs would be written \(place): \(describe(first.source, catalog)) and \(describe(second.source, catalog)); rename one"
        let file = sourceFile(second.source, catalog) ?? sourceFile(first.source, catalog) ?? "content/site.yml"
        return .error(message, path: file)
    }

    private static func describe(_ source: Source, _ catalog: Catalog) -> String {
        switch source {
        case .asset(let path): return "the asset \(path)"
        case .page(let page):
            let language = page.language
            switch page.kind {
            case .root: return "the site's root page"
            case .home: return "the \(language) home page"
            case .search: return "the \(language) search page"
            case .searchIndex: return "the \(language) search index"
            case .notFound: return "the 404 page"
            case .sitemap, .robots: return "the sitemap"
            case .redirectMap: return "the redirect map"
            case .family(let family): return "the \(language) page of the family '\(family)'"
            case .code(let family, let code): return "the \(language) page of the code '\(code)' of '\(family)'"
            // Codes may hold hyphens: name each code alone, so that two pairs spelling one path can be told apart.
            case .pair(let family, let a, let b): return "the \(language) comparison of '\(a)' and '\(b)' of '\(family)'"
            case .redirect(let family, let a, let b): return "the \(language) redirect to the comparison of '\(a)' and '\(b)' of '\(family)'"
            }
        }
    }

    private static func sourceFile(_ source: Source, _ catalog: Catalog) -> String? {
        guard case .page(let page) = source else { return nil }
        switch page.kind {
        case .code(let id, let code):
            let entry = catalog.families.first { $0.id == id }?.entry(code)
            return entry?.texts[catalog.defaultLanguage.code]?.path
        case .family(let id): return catalog.families.first { $0.id == id }?.path
        case .pair(let id, _, let code), .redirect(let id, _, let code):
            return catalog.families.first { $0.id == id }?.entry(code)?.texts[catalog.defaultLanguage.code]?.path
        default: return nil
        }
    }
}
