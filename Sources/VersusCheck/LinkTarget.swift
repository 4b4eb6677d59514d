import Foundation
import VersusDiagnostics

/// Where a URL written in a page leads. Links of a built site must be relative and name files (so that the site
/// works from `file://` and from any static server without rewrites): a root-absolute path, a folder, a path that
/// climbs out of the site or names nothing is broken. URLs with a scheme (`https:`, `mailto:`, `data:`, ...) and
/// protocol-relative ones (`//host/`) leave the site and are not followed.
enum LinkTarget: Equatable {
    /// Leaves the site; not checked.
    case external
    /// An existing file, relative to the site's root, and the fragment as written (nil without `#`).
    case file(String, fragment: String?)
    /// Leads nowhere; the reason, one clause.
    case broken(String)

    /// `url` resolved against `document`, the site-relative path of the page or of its `<base>` (a path ending in
    /// `/` is a folder). The path is percent-decoded; the query is ignored; the fragment is kept as written.
    static func resolve(_ url: String, against document: String, in site: SiteFiles) -> LinkTarget {
        guard let (path, fragment) = parts(of: url) else { return .external }
        if path.isEmpty, fragment == nil, stripped(url).isEmpty { return .broken("empty link") }
        let target: String
        if path.isEmpty {
            target = document
        } else {
            if path.hasPrefix("/") { return .broken("absolute path; links must be relative") }
            if path.hasSuffix("/") { return .broken("names a folder, not a file") }
            target = joined(folder(of: document), path)
            if leavesSite(target) { return .broken("leads outside the site") }
        }
        switch site.kind(of: target) {
        case .missing: return .broken("no such file")
        case .folder: return .broken("names a folder, not a file")
        case .file: return .file(target, fragment: fragment)
        }
    }

    /// The document the relative URLs of `page` resolve against when it has `<base href="...">`: `.file` with that
    /// site-relative path (ending in `/` for a folder, which need not exist), `.external` when the base leaves the
    /// site (its page's relative links then leave it too), `.broken` when it is root-absolute or climbs out.
    static func base(_ href: String, of page: String) -> LinkTarget {
        guard let (path, _) = parts(of: href) else { return .external }
        if path.isEmpty { return .file(page, fragment: nil) }
        if path.hasPrefix("/") { return .broken("absolute path; links must be relative") }
        let target = DisplayPath.lexicallyNormalized(folder(of: page) + path)
        if leavesSite(target) { return .broken("leads outside the site") }
        let namesFolder = path.hasSuffix("/") || path.hasSuffix("/.") || path.hasSuffix("/..") || path == "." || path == ".."
        return .file(target == "." ? "" : (namesFolder ? target + "/" : target), fragment: nil)
    }

    /// Whether `fragment` (as written after `#`) points into a document with these anchors (ids and `<a name>`s),
    /// as HTML finds a fragment's target: the fragment as written, then percent-decoded; empty and `top` (any case)
    /// name the top of the page.
    static func finds(_ fragment: String, in anchors: SortedAnchors) -> Bool {
        if fragment.isEmpty || anchors.contains(fragment) { return true }
        let decoded = fragment.removingPercentEncoding ?? fragment
        return anchors.contains(decoded) || decoded.lowercased() == "top"
    }

    /// The path (percent-decoded, query removed) and fragment of a relative URL; nil for one that leaves the site.
    private static func parts(of url: String) -> (path: String, fragment: String?)? {
        let url = stripped(url)
        if hasScheme(url) || url.hasPrefix("//") { return nil }
        var path = Substring(url)
        var fragment: String?
        if let hash = path.firstIndex(of: "#") {
            fragment = String(path[path.index(after: hash)...])
            path = path[..<hash]
        }
        if let query = path.firstIndex(of: "?") { path = path[..<query] }
        guard path.utf8.contains(UInt8(ascii: "%")) else { return (String(path), fragment) }
        return (path.removingPercentEncoding ?? String(path), fragment)
    }

    /// `path` relative to `folder` (normalized, empty or ending in `/`), without `.` and `name/..` steps. Most links
    /// of a built site are plain names or climb with leading `../` only, and skip the general normalization.
    private static func joined(_ folder: String, _ path: String) -> String {
        var folder = Substring(folder), rest = Substring(path)
        while rest.hasPrefix("../"), !folder.isEmpty {
            let parent = folder.dropLast()
            folder = parent.lastIndex(of: "/").map { parent[...$0] } ?? ""
            rest = rest.dropFirst(3)
        }
        let combined = String(folder + rest)
        return hasDotOrEmptySteps(rest) ? DisplayPath.lexicallyNormalized(combined) : combined
    }

    /// Whether a step of `path` is empty or starts with a dot (`.`, `..`, and also `.hidden`, to be safe).
    private static func hasDotOrEmptySteps(_ path: Substring) -> Bool {
        var previous = UInt8(ascii: "/")
        for byte in path.utf8 {
            if previous == UInt8(ascii: "/"), byte == UInt8(ascii: ".") || byte == UInt8(ascii: "/") { return true }
            previous = byte
        }
        return false
    }

    /// The URL as a browser's URL parser takes it: leading and trailing spaces and controls trimmed, tabs and
    /// newlines removed.
    private static func stripped(_ url: String) -> String {
        let scalars = url.unicodeScalars
        guard scalars.contains(where: { $0.value <= 0x20 }) else { return url }
        var kept = String.UnicodeScalarView(scalars.filter { $0 != "\t" && $0 != "\n" && $0 != "\r" })
        while let first = kept.first, first.value <= 0x20 { kept.removeFirst() }
        while let last = kept.last, last.value <= 0x20 { kept.removeLast() }
        return String(kept)
    }

    /// A scheme is a letter, then letters, digits, `+`, `-` or `.`, then `:`.
    private static func hasScheme(_ url: String) -> Bool {
        guard let first = url.utf8.first, isLetter(first) else { return false }
        for byte in url.utf8.dropFirst() {
            if byte == UInt8(ascii: ":") { return true }
            if !(isLetter(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "+")
                 || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")) { return false }
        }
        return false
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
    }

    /// Everything up to and including the last `/` of a site-relative path; empty at the root.
    private static func folder(of document: String) -> String {
        guard let slash = document.lastIndex(of: "/") else { return "" }
        return String(document[...slash])
    }

    private static func leavesSite(_ path: String) -> Bool { path == ".." || path.hasPrefix("../") }
}

/// A page's fragment targets, sorted once so that looking one up costs a binary search and little memory.
struct SortedAnchors: Sendable {
    private let names: [String]

    init(_ names: [String]) { self.names = names.sorted() }

    func contains(_ name: String) -> Bool {
        var low = 0, high = names.count
        while low < high {
            let middle = (low + high) / 2
            if names[middle] < name { low = middle + 1 } else { high = middle }
        }
        return low < names.count && names[low] == name
    }
}
