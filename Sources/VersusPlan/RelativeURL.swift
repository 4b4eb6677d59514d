import VersusModel
/// Relative links between output files, so the site works from file://, a server root or a subfolder.
package enum RelativeURL {
    /// The link from the page at `from` to the file at `to`, both relative to the site folder.
    package static func from(_ from: String, to: String) -> String {
        let source = Array(from.utf8), target = Array(to.utf8)
        let slash = UInt8(ascii: "/")
        // Length of the longest common run of whole folders.
        var common = 0
        var index = 0
        while index < source.count, index < target.count, source[index] == target[index] {
            if source[index] == slash { common = index + 1 }
            index += 1
        }
        var ups = 0
        for byte in source[common...] where byte == slash { ups += 1 }
        var result = [UInt8]()
        result.reserveCapacity(ups * 3 + target.count - common)
        for _ in 0..<ups { result += [UInt8(ascii: "."), UInt8(ascii: "."), slash] }
        result += target[common...]
        return String(decoding: result, as: UTF8.self)
    }

    /// The prefix that leads from the page at `path` back to the site folder ("" or "../../").
    package static func toRoot(from path: String) -> String {
        String(repeating: "../", count: path.split(separator: "/").count - 1)
    }

    /// The prefix from the page at `path` to its language folder (`../`), for scripts that build links.
    package static func toLanguageFolder(from path: String, language: String) -> String {
        let folder = from(path, to: "\(language)/index.html")
        return String(folder.dropLast("index.html".count))
    }
}
