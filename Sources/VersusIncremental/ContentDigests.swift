import Foundation
import VersusMustache
import VersusFiles

/// A digest of every input file of a content folder (as `InputFiles` lists them), read once per build, from which
/// both `SourceScopes` and `PageInputs` are made.
package struct ContentDigests: Sendable {
    /// One file of a family folder.
    struct File: Sendable {
        /// Relative to the family folder.
        var name: String
        /// Of every byte.
        var whole: UInt64
        /// Of the front matter alone, for a Markdown file that has one; `whole` otherwise.
        var frontMatter: UInt64
    }

    /// The running tool, the build's settings, the templates and every content file outside a family folder
    /// (site.yml, i18n/).
    let shared: UInt64
    /// By family id: its folder's files, sorted by name.
    let families: [String: [File]]

    /// `settings` are the options that change the output (base URL, sitemap size, redirects).
    package init(contentDirectory: String, familyIDs: [String], templates: TemplateSet, settings: String) {
        let ids = Set(familyIDs)
        var shared = StableHash()
        shared.add(PageFingerprints.toolIdentity)
        shared.add(settings)
        for (name, text) in templates.sources {
            shared.add(name)
            shared.add(text)
        }
        var families: [String: [File]] = [:]
        for relative in InputFiles.files(in: contentDirectory) {
            let bytes = FileManager.default.contents(atPath: (contentDirectory as NSString).appendingPathComponent(relative)).map(Array.init) ?? []
            let parts = relative.split(separator: "/", maxSplits: 1)
            if parts.count == 2, ids.contains(String(parts[0])) {
                let whole = StableHash(bytes: bytes).value
                let name = String(parts[1])
                let frontMatter = name.hasSuffix(".md") ? Self.frontMatter(of: bytes).map { StableHash(bytes: Array($0)).value } ?? whole : whole
                families[String(parts[0]), default: []].append(File(name: name, whole: whole, frontMatter: frontMatter))
            } else {
                shared.add(relative)
                shared.add(UInt64(bytes.count))
                shared.add(bytes)
            }
        }
        self.shared = shared.value
        self.families = families
    }

    /// A hash of the names and bytes of every file of the family's folder.
    func whole(_ family: String) -> UInt64 {
        var hash = StableHash()
        for file in families[family] ?? [] {
            hash.add(file.name)
            hash.add(file.whole)
        }
        return hash.value
    }

    /// The lines between a first line `---` and the next line that starts with `---` followed by nothing but
    /// blanks, as the entry parser reads front matter (`FrontMatter`); nil when the file has none.
    static func frontMatter(of bytes: [UInt8]) -> ArraySlice<UInt8>? {
        var lines: [Range<Int>] = []
        var start = 0
        for index in bytes.indices where bytes[index] == 0x0A {
            lines.append(start..<index)
            start = index + 1
            if lines.count > 1, isFence(bytes[lines[lines.count - 1]], closing: true) { break }
        }
        if start < bytes.count { lines.append(start..<bytes.count) }
        guard let first = lines.first, isFence(bytes[first], closing: false),
              let end = lines.dropFirst().firstIndex(where: { isFence(bytes[$0], closing: true) }) else { return nil }
        return bytes[lines[0].lowerBound..<lines[end].upperBound]
    }

    /// `---` with blanks after it (closing) or around it (opening).
    private static func isFence(_ line: ArraySlice<UInt8>, closing: Bool) -> Bool {
        let blanks: Set<UInt8> = [0x20, 0x09, 0x0D]
        let trimmed = closing ? line[...] : line.drop { blanks.contains($0) }
        guard trimmed.starts(with: [0x2D, 0x2D, 0x2D]) else { return false }
        return trimmed.dropFirst(3).allSatisfy { blanks.contains($0) }
    }
}
