/// A parsed template: a tree of nodes with names split ahead of time and text kept as UTF-8 bytes.
enum MustacheNode: Sendable {
    case text([UInt8])
    case variable(MustacheName, escaped: Bool)
    /// `id` is unique in the process: rendered sections of shared values are remembered under it.
    case section(MustacheName, [MustacheNode], inverted: Bool, id: Int)
    case partial(String, indent: String)
    /// `{{<parent}}` with the blocks it overrides.
    case parent(String, indent: String, overrides: [String: [MustacheNode]])
    /// `{{$block}}` with its default content.
    case block(String, [MustacheNode])
}

/// A tag name: `.` (the current item) or dotted parts.
package struct MustacheName: Sendable, Hashable {
    var parts: [String]
    var isImplicit: Bool { parts.isEmpty }

    init(_ raw: String) {
        parts = raw == "." ? [] : raw.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    }
}

/// A template syntax error with its 1-based position.
package struct MustacheSyntaxError: Error, Sendable {
    package var message: String
    package var line: Int
    package var column: Int
}
