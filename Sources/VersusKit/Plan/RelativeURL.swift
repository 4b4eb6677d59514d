/// Relative links between output files, so the site works from file://, a server root or a subfolder.
public enum RelativeURL {
    /// The link from the page at `from` to the file at `to`, both relative to the site folder.
    public static func from(_ from: String, to: String) -> String {
        let fromFolder = from.split(separator: "/", omittingEmptySubsequences: false).dropLast()
        let target = to.split(separator: "/", omittingEmptySubsequences: false)
        var common = 0
        while common < fromFolder.count, common < target.count - 1, fromFolder[common] == target[common] { common += 1 }
        let ups = Array(repeating: "..", count: fromFolder.count - common)
        return (ups + target[common...].map(String.init)).joined(separator: "/")
    }

    /// The prefix that leads from the page at `path` back to the site folder ("" or "../../").
    public static func toRoot(from path: String) -> String {
        String(repeating: "../", count: path.split(separator: "/").count - 1)
    }

    /// The prefix from the page at `path` to its language folder (`../`), for scripts that build links.
    public static func toLanguageFolder(from path: String, language: String) -> String {
        let folder = from(path, to: "\(language)/index.html")
        return String(folder.dropLast("index.html".count))
    }
}
