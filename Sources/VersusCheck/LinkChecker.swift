import Foundation
import VersusDiagnostics
import VersusPlan

/// `versus check --links`: every internal link and anchor of a built site, checked offline.
public enum LinkChecker {
    private static let reference = try! NSRegularExpression(pattern: #"\s(?:href|src)="([^"]*)""#)
    private static let anchor = try! NSRegularExpression(pattern: #"\sid="([^"]*)""#)

    /// Every broken link and anchor, sorted; a folder that holds no built site (missing, a file, no HTML pages)
    /// is an error too, so a mistyped `--output` never reports success.
    public static func check(site: String) -> [Diagnostic] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: site, isDirectory: &isDirectory) else {
            return [.error("no built site here: the folder does not exist; build first or pass --output", path: DisplayPath.of(site))]
        }
        guard isDirectory.boolValue else {
            return [.error("no built site here: this is a file, not a folder; pass the output folder with --output", path: DisplayPath.of(site))]
        }
        let pages = htmlFiles(in: site)
        guard !pages.isEmpty else {
            return [.error("no built site here: the folder holds no HTML pages; build first or pass --output", path: DisplayPath.of(site))]
        }
        var ids: [String: Set<String>] = [:]
        var texts: [String: String] = [:]
        for page in pages {
            let text = (try? String(contentsOfFile: (site as NSString).appendingPathComponent(page), encoding: .utf8)) ?? ""
            texts[page] = text
            ids[page] = Set(matches(anchor, in: text))
        }
        var diagnostics: [Diagnostic] = []
        for page in pages {
            let display = DisplayPath.of((site as NSString).appendingPathComponent(page))
            let text = texts[page] ?? ""
            let lineStarts = lineOffsets(text)
            for (link, offset) in matchesWithOffsets(reference, in: text) {
                if let problem = problem(with: link, from: page, site: site, ids: &ids) {
                    let line = (lineStarts.lastIndex { $0 <= offset } ?? 0) + 1
                    diagnostics.append(.error("broken link '\(link)': \(problem)", path: display, line: line))
                }
            }
        }
        return diagnostics.sorted()
    }

    private static func problem(with raw: String, from page: String, site: String, ids: inout [String: Set<String>]) -> String? {
        let link = raw.replacingOccurrences(of: "&amp;", with: "&")
        if link.range(of: #"^[A-Za-z][A-Za-z0-9+.\-]*:"#, options: .regularExpression) != nil || link.hasPrefix("//") { return nil }
        if link.isEmpty { return "empty link" }
        var path = link
        var fragment: String?
        if let hash = path.firstIndex(of: "#") {
            fragment = String(path[path.index(after: hash)...])
            path = String(path[..<hash])
        }
        if let query = path.firstIndex(of: "?") { path = String(path[..<query]) }
        path = path.removingPercentEncoding ?? path
        let target: String
        if path.isEmpty {
            target = page
        } else {
            if path.hasPrefix("/") { return "absolute path; links must be relative" }
            if path.hasSuffix("/") { return "names a folder, not a file" }
            let folder = (page as NSString).deletingLastPathComponent
            target = DisplayPath.lexicallyNormalized(folder.isEmpty ? path : folder + "/" + path)
            if target.hasPrefix("..") { return "leads outside the site" }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: (site as NSString).appendingPathComponent(target), isDirectory: &isDirectory) else {
                return "no such file"
            }
            if isDirectory.boolValue { return "names a folder, not a file" }
        }
        guard let fragment, !fragment.isEmpty else { return nil }
        if ids[target] == nil {
            let text = (try? String(contentsOfFile: (site as NSString).appendingPathComponent(target), encoding: .utf8)) ?? ""
            ids[target] = Set(matches(anchor, in: text))
        }
        return ids[target]!.contains(fragment.removingPercentEncoding ?? fragment) ? nil : "no element with id '\(fragment)'"
    }

    private static func htmlFiles(in site: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: site) else { return [] }
        var files: [String] = []
        // The 404 page is served at any depth, so it links to the server root on purpose.
        for case let relative as String in enumerator where relative.hasSuffix(".html") && relative != SitePaths.notFound {
            files.append(relative)
        }
        return files.sorted()
    }

    private static func matches(_ regex: NSRegularExpression, in text: String) -> [String] {
        matchesWithOffsets(regex, in: text).map(\.0)
    }

    private static func matchesWithOffsets(_ regex: NSRegularExpression, in text: String) -> [(String, Int)] {
        let utf16 = text as NSString
        return regex.matches(in: text, range: NSRange(location: 0, length: utf16.length)).map {
            (utf16.substring(with: $0.range(at: 1)), $0.range.location)
        }
    }

    private static func lineOffsets(_ text: String) -> [Int] {
        var offsets = [0]
        for (index, unit) in text.utf16.enumerated() where unit == 10 { offsets.append(index + 1) }
        return offsets
    }
}
