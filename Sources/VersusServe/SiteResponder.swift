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
        switch Self.resolve(rawPath, exists: site.hasFile(at:)) {
        case .file(let path):
            if let bytes = site.file(at: path) { return respond(bytes, path: path, status: 200) }
        case .folder:
            // As static servers do: the folder's page links relative to the folder, so its address must end in "/".
            return ServeResponse(status: 301, contentType: "text/plain; charset=utf-8", location: rawPath + "/", body: Data("Moved\n".utf8))
        case .none:
            break
        }
        return respond(site.file(at: SitePaths.notFound) ?? Array("Not found".utf8), path: SitePaths.notFound, status: 404)
    }

    enum Resolution: Equatable {
        /// A file of the site, relative to its root.
        case file(String)
        /// A folder of the site asked for without the slash that ends a folder's address.
        case folder
    }

    /// What a request path names (see `Resolution`), or nil when it names nothing of the site: a folder ending in
    /// "/" names its `index.html`, and `.` or `..` segments, backslashes and NUL, in any encoding, name nothing.
    static func resolve(_ rawPath: String, exists: (String) -> Bool) -> Resolution? {
        guard rawPath.hasPrefix("/"), let decoded = rawPath.removingPercentEncoding else { return nil }
        let segments = decoded.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
        for segment in segments where segment == ".." || segment == "." || segment.contains("\\") || segment.contains("\0") {
            return nil
        }
        let relative = segments.joined(separator: "/")
        if relative.isEmpty || relative.hasSuffix("/") {
            return exists(relative + "index.html") ? .file(relative + "index.html") : nil
        }
        if exists(relative) { return .file(relative) }
        return exists(relative + "/index.html") ? .folder : nil
    }

    private func respond(_ bytes: [UInt8], path: String, status: Int) -> ServeResponse {
        let type = Self.contentType(path)
        var body = Data(bytes)
        if type.hasPrefix("text/html") { body = LiveReload.inject(into: body) }
        return ServeResponse(status: status, contentType: type, body: body)
    }
    static func contentType(_ path: String) -> String {
        switch (path as NSString).pathExtension.lowercased() {
        case "html", "htm": return "text/html; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "js", "mjs": return "text/javascript; charset=utf-8"
        case "json": return "application/json"
        case "webmanifest": return "application/manifest+json"
        case "xml": return "application/xml"
        case "txt": return "text/plain; charset=utf-8"
        case "svg": return "image/svg+xml"
        case "png": return "image/png"
        case "jpg", "jpeg": return "image/jpeg"
        case "gif": return "image/gif"
        case "webp": return "image/webp"
        case "avif": return "image/avif"
        case "ico": return "image/vnd.microsoft.icon"
        case "woff": return "font/woff"
        case "woff2": return "font/woff2"
        case "ttf": return "font/ttf"
        case "otf": return "font/otf"
        case "pdf": return "application/pdf"
        case "zip": return "application/zip"
        default: return "application/octet-stream"
        }
    }
}
