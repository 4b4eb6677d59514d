import CCmarkGFM
import Foundation

/// The only file that talks to cmark-gfm: Markdown in, HTML out, GFM extensions on.
public struct MarkdownRenderer: Sendable {
    private static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]
    private static let registered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    /// Raw HTML in Markdown passes through only when the site allows it; `tagfilter` stays on either way.
    public let allowRawHTML: Bool

    public init(allowRawHTML: Bool) {
        self.allowRawHTML = allowRawHTML
    }

    public func render(_ markdown: String) -> String {
        _ = Self.registered
        let options = CMARK_OPT_DEFAULT | CMARK_OPT_GITHUB_PRE_LANG | (allowRawHTML ? CMARK_OPT_UNSAFE : 0)
        guard let parser = cmark_parser_new(options) else { return "" }
        defer { cmark_parser_free(parser) }
        for name in Self.extensionNames {
            if let syntaxExtension = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntaxExtension)
            }
        }
        let bytes = Array(markdown.utf8)
        bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress?.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                cmark_parser_feed(parser, $0, buffer.count)
            }
        }
        guard let document = cmark_parser_finish(parser) else { return "" }
        defer { cmark_node_free(document) }
        guard let html = cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser)) else { return "" }
        defer { free(html) }
        return String(cString: html)
    }
}
