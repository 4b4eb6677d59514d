import Foundation
import VersusBuild
import VersusPlan

/// Answers `versus serve`'s requests from the site in memory: its files only, 404 for anything else (including
/// `..` in any encoding), and the live-reload script added to HTML pages only here.
struct SiteResponder: Sendable {
    static let reloadPath = "/__versus/reload.js"
    static let statusPath = "/__versus/status"

    let site: ResidentSite
    let status: @Sendable () async -> ServeStatus

    /// The answer to a request for `rawPath` (the request target's path, percent-encoded as sent).
    func respond(to rawPath: String) async -> ServeResponse {
        if rawPath == Self.reloadPath {
            return ServeResponse(status: 200, contentType: "text/javascript; charset=utf-8", body: Data(LiveReload.script.utf8))
        }
        if rawPath == Self.statusPath {
            return ServeResponse(status: 200, contentType: "application/json", body: await status().json)
        }
        guard let path = Self.resolve(rawPath, exists: site.hasFile(at:)), let bytes = site.file(at: path) else {
            return respond(site.file(at: SitePaths.notFound) ?? Array("Not found".utf8), path: SitePaths.notFound, status: 404)
        }
        return respond(bytes, path: path, status: 200)
    }

    /// The site's file a request path names (relative to the site's root), or nil when it names none: a folder
    /// names its `index.html`, and `.` or `..` segments, backslashes and NUL, in any encoding, name nothing.
    static func resolve(_ rawPath: String, exists: (String) -> Bool) -> String? {
        guard rawPath.hasPrefix("/"), let decoded = rawPath.removingPercentEncoding else { return nil }
        let segments = decoded.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
        for segment in segments where segment == ".." || segment == "." || segment.contains("\\") || segment.contains("\0") {
            return nil
        }
        let relative = segments.joined(separator: "/")
        if relative.isEmpty || relative.hasSuffix("/") {
            return exists(relative + "index.html") ? relative + "index.html" : nil
        }
        if exists(relative) { return relative }
        return exists(relative + "/index.html") ? relative + "/index.html" : nil
    }

    private func respond(_ bytes: [UInt8], path: String, status: Int) -> ServeResponse {
        let type = Self.contentType(path)
        var body = Data(bytes)
        if type.hasPrefix("text/html") { body = LiveReload.inject(into: body) }
        return ServeResponse(status: status, contentType: type, body: body)
    }
    static func contentType(_ path: String) -> String {
        switch (path as NSString).pathExtension.lowercased() {
        case "html": return "text/html; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "js": return "text/javascript; charset=utf-8"
        case "svg": return "image/svg+xml"
        case "png": return "image/png"
        case "xml": return "application/xml"
        case "txt": return "text/plain; charset=utf-8"
        case "json": return "application/json"
        case "zip": return "application/zip"
        default: return "application/octet-stream"
        }
    }
}
