import Foundation
import VersusDiagnostics

/// The files of a built site, listed once: the pages to read, and what the path of a link names.
struct SiteFiles: Sendable {
    /// What a path inside the site names.
    enum Kind: Equatable { case file, folder, missing }

    /// The site's folder, as given.
    let root: String
    /// Every `.html` file, relative to `root`, sorted.
    let pages: [String]
    private let files: Set<String>
    private let folders: Set<String>

    /// Lists every file and folder under `root`. Throws `NoSite` (one diagnostic naming `root`) when `root` does not
    /// exist, is a file, or holds no `.html` file, so that a mistyped `--output` never passes as a site without
    /// broken links.
    static func list(_ root: String) throws(LinkChecker.NoSite) -> SiteFiles {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory) else {
            throw noSite(root, "the folder does not exist (build first, or pass --output)")
        }
        guard isDirectory.boolValue else {
            throw noSite(root, "this is a file, not a folder (pass the output folder with --output)")
        }
        var files = Set<String>(), folders = Set<String>()
        if let listing = FileManager.default.enumerator(atPath: root) {
            while let path = listing.nextObject() as? String {
                switch listing.fileAttributes?[.type] as? FileAttributeType {
                case .typeDirectory?: folders.insert(path)
                case .typeSymbolicLink?:
                    // A link is what it points to; a dangling one is left out.
                    var linksToFolder: ObjCBool = false
                    guard FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &linksToFolder) else { continue }
                    if linksToFolder.boolValue { folders.insert(path) } else { files.insert(path) }
                default: files.insert(path)
                }
            }
        }
        let pages = files.filter { $0.hasSuffix(".html") }.sorted()
        guard !pages.isEmpty else {
            throw noSite(root, "the folder holds no HTML pages (build first, or pass --output)")
        }
        return SiteFiles(root: root, pages: pages, files: files, folders: folders)
    }

    /// What `path` (relative to the root, normalized; a trailing `/` or nothing names a folder) is.
    func kind(of path: String) -> Kind {
        let path = path.hasSuffix("/") ? String(path.dropLast()) : path
        if path.isEmpty || path == "." || folders.contains(path) { return .folder }
        if files.contains(path) { return .file }
        // What the listing did not enter (a folder behind a symbolic link) is asked of the disk.
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &isDirectory) else { return .missing }
        return isDirectory.boolValue ? .folder : .file
    }

    /// The bytes of the file at `path`, relative to the root; nil when it cannot be read.
    func contents(of path: String) -> Data? {
        FileManager.default.contents(atPath: root + "/" + path)
    }

    /// How diagnostics name the file at `path`, relative to the root.
    func displayPath(_ path: String) -> String {
        DisplayPath.of(root + "/" + path)
    }

    private static func noSite(_ root: String, _ reason: String) -> LinkChecker.NoSite {
        LinkChecker.NoSite(diagnostic: .error("no site here: \(reason)", path: DisplayPath.of(root)))
    }
}
