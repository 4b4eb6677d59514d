extension EmbeddedFiles {
    /// The file at `path` (relative, such as `partials/header.mustache`) of `files`, decoded as UTF-8.
    package static func text(_ files: [String: [UInt8]], _ path: String) -> String? {
        files[path].map { String(decoding: $0, as: UTF8.self) }
    }
}
