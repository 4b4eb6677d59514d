import Foundation
import VersusPlan

/// Answers `versus serve`'s requests from the output folder: files only from inside it, 404 for anything else
/// (including `..` in any encoding), and the live-reload script added to HTML pages only here.
struct SiteResponder: Sendable {
    static let reloadPath = "/__versus/reload.js"
    static let statusPath = "/__versus/status"

    let root: String
    let status: @Sendable () async -> ServeStatus

    /// The answer to a request for `rawPath` (the request target's path, percent-encoded as sent).
    func respond(to rawPath: String) async -> ServeResponse {
        if rawPath == Self.reloadPath {
            return ServeResponse(status: 200, contentType: "text/javascript; charset=utf-8", body: Data(LiveReload.script.utf8))
        }
        if rawPath == Self.statusPath {
            return ServeResponse(status: 200, contentType: "application/json", body: await status().json)
        }
        guard let file = Self.resolve(rawPath, in: root) else { return notFound() }
        guard let data = FileManager.default.contents(atPath: file) else { return notFound() }
        return respond(data, path: file, status: 200)
    }

    /// The file a request path names, or nil when it is not a file strictly inside `root`.
    static func resolve(_ rawPath: String, in root: String) -> String? {
        guard rawPath.hasPrefix("/"), let decoded = rawPath.removingPercentEncoding else { return nil }
        let segments = decoded.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
        for segment in segments where segment == ".." || segment == "." || segment.contains("\\") || segment.contains("\0") {
            return nil
        }
        var relative = segments.joined(separator: "/")
        if relative.isEmpty || relative.hasSuffix("/") { relative += "index.html" }
        let candidate = (root as NSString).appendingPathComponent(relative)
        let resolvedRoot = URL(fileURLWithPath: root).resolvingSymlinksInPath().path
        let resolved = URL(fileURLWithPath: candidate).resolvingSymlinksInPath().path
        guard resolved.hasPrefix(resolvedRoot + "/") else { return nil }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: resolved, isDirectory: &isDirectory) else { return nil }
        if isDirectory.boolValue {
            let index = resolved + "/index.html"
            return FileManager.default.fileExists(atPath: index) ? index : nil
        }
        return resolved
    }

    private func notFound() -> ServeResponse {
        let page = (root as NSString).appendingPathComponent(SitePaths.notFound)
        let data = FileManager.default.contents(atPath: page) ?? Data("Not found".utf8)
        return respond(data, path: page, status: 404)
    }

    private func respond(_ data: Data, path: String, status: Int) -> ServeResponse {
        let type = Self.contentType(path)
        var body = data
        if type.hasPrefix("text/html") { body = LiveReload.inject(into: data) }
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
