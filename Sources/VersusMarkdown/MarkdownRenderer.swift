import CCmarkGFM
import Foundation

/// The only file that talks to cmark-gfm: Markdown in, HTML out, GFM extensions on.
package struct MarkdownRenderer: Sendable {
    private static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]
    private static let registered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    /// Raw HTML in Markdown passes through only when the site allows it; `tagfilter` stays on either way.
    package let allowRawHTML: Bool

    package init(allowRawHTML: Bool) {
        self.allowRawHTML = allowRawHTML
    }

    /// `markdown` as HTML. Links to a fragment of the same page ("#when") get `fragmentPrefix` in front of the
    /// fragment ("#250-when"), for content shown on a page whose ids carry that prefix.
    package func render(_ markdown: String, fragmentPrefix: String = "") -> String {
        let options = CMARK_OPT_DEFAULT | CMARK_OPT_GITHUB_PRE_LANG | (allowRawHTML ? CMARK_OPT_UNSAFE : 0)
        return Self.withDocument(markdown, options: options, extensions: true) { parser, document in
            if allowRawHTML { neutralizeDangerousURLs(in: document) }
            if !fragmentPrefix.isEmpty {
                Self.forEachLink(in: document) { node, url in
                    // "#" and "#top" mean the top of the page, whatever its ids.
                    if url.hasPrefix("#"), url != "#", url != "#top" { cmark_node_set_url(node, "#" + fragmentPrefix + url.dropFirst()) }
                }
            }
            guard let html = cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser)) else { return "" }
            defer { free(html) }
            return String(cString: html)
        } ?? ""
    }

    /// Parses `markdown` and hands the parser and its document to `body`; both are freed afterwards.
    private static func withDocument<T>(_ markdown: String, options: Int32, extensions: Bool,
                                        _ body: (OpaquePointer, OpaquePointer) -> T) -> T? {
        _ = registered
        guard let parser = cmark_parser_new(options) else { return nil }
        defer { cmark_parser_free(parser) }
        if extensions {
            for name in extensionNames {
                if let syntaxExtension = cmark_find_syntax_extension(name) { cmark_parser_attach_syntax_extension(parser, syntaxExtension) }
            }
        }
        let bytes = Array(markdown.utf8)
        bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress?.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                cmark_parser_feed(parser, $0, buffer.count)
            }
        }
        guard let document = cmark_parser_finish(parser) else { return nil }
        defer { cmark_node_free(document) }
        return body(parser, document)
    }

    /// The level and 1-based source line of every heading of `markdown`, as cmark-gfm parses it (so headings inside
    /// code blocks, HTML blocks or comments are not headings).
    package static func headings(in markdown: String) -> [(level: Int, line: Int)] {
        withDocument(markdown, options: CMARK_OPT_DEFAULT, extensions: false) { _, document in
            guard let iterator = cmark_iter_new(document) else { return [] }
            defer { cmark_iter_free(iterator) }
            var result: [(level: Int, line: Int)] = []
            while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
                guard let node = cmark_iter_get_node(iterator), cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER,
                      cmark_node_get_type(node) == CMARK_NODE_HEADING else { continue }
                result.append((Int(cmark_node_get_heading_level(node)), Int(cmark_node_get_start_line(node))))
            }
            return result
        } ?? []
    }

    /// The document's top-level blocks as cmark-gfm parses them, with 1-based source lines, so that structure
    /// (headings, HTML comments, code blocks of any fence) is exactly what the renderer will see.
    package static func topLevelBlocks(in markdown: String) -> [MarkdownBlock] {
        withDocument(markdown, options: CMARK_OPT_DEFAULT, extensions: false) { _, document in
            var blocks: [MarkdownBlock] = []
            var child = cmark_node_first_child(document)
            while let node = child {
                let start = Int(cmark_node_get_start_line(node)), end = Int(cmark_node_get_end_line(node))
                let kind: MarkdownBlock.Kind
                switch cmark_node_get_type(node) {
                case CMARK_NODE_HEADING:
                    kind = .heading(level: Int(cmark_node_get_heading_level(node)), text: plainText(of: node))
                case CMARK_NODE_HTML_BLOCK:
                    let literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
                    kind = literal.hasPrefix("<!--") ? .htmlComment : .other
                default:
                    kind = .other
                }
                blocks.append(MarkdownBlock(kind: kind, startLine: start, endLine: end))
                child = cmark_node_next(node)
            }
            return blocks
        } ?? []
    }

    /// The text of an inline container, formatting dropped and line breaks as spaces.
    private static func plainText(of node: OpaquePointer) -> String {
        guard let iterator = cmark_iter_new(node) else { return "" }
        defer { cmark_iter_free(iterator) }
        var text = ""
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER, let current = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(current) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_HTML_INLINE:
                if let literal = cmark_node_get_literal(current) { text += String(cString: literal) }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                text += " "
            default:
                break
            }
        }
        return text
    }

    /// cmark's unsafe mode (needed for raw HTML) also lets `javascript:` links through; blank them like safe mode does.
    private func neutralizeDangerousURLs(in document: OpaquePointer) {
        guard let iterator = cmark_iter_new(document) else { return }
        defer { cmark_iter_free(iterator) }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            guard type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE, let url = cmark_node_get_url(node) else { continue }
            if Self.isDangerous(String(cString: url), image: type == CMARK_NODE_IMAGE) { cmark_node_set_url(node, "") }
        }
    }

    /// Calls `body` with each link and image node of `document` and its destination.
    private static func forEachLink(in document: OpaquePointer, _ body: (OpaquePointer, String) -> Void) {
        guard let iterator = cmark_iter_new(document) else { return }
        defer { cmark_iter_free(iterator) }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator),
                  cmark_node_get_type(node) == CMARK_NODE_LINK || cmark_node_get_type(node) == CMARK_NODE_IMAGE,
                  let url = cmark_node_get_url(node) else { continue }
            body(node, String(cString: url))
        }
    }

    /// Every link or image of `markdown` to a fragment of the same page ("[when](#when)", also through a reference
    /// definition), with the fragment as written after "#" and its 1-based line and column (in characters) from
    /// cmark's source positions.
    package static func fragmentLinks(in markdown: String) -> [(fragment: String, line: Int, column: Int)] {
        let lines = markdown.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        return withDocument(markdown, options: CMARK_OPT_DEFAULT | CMARK_OPT_SOURCEPOS, extensions: true) { _, document in
            var links: [(fragment: String, line: Int, column: Int)] = []
            forEachLink(in: document) { node, url in
                guard url.hasPrefix("#") else { return }
                let line = Int(cmark_node_get_start_line(node)), byteColumn = max(1, Int(cmark_node_get_start_column(node)))
                // cmark counts bytes; people count characters.
                let before = lines.indices.contains(line - 1) ? String(decoding: lines[line - 1].prefix(byteColumn - 1), as: UTF8.self) : ""
                links.append((String(url.dropFirst()), line, before.count + 1))
            }
            return links
        } ?? []
    }

    /// The same rule as cmark's safe mode: script-capable schemes, and `data:` except images.
    static func isDangerous(_ url: String, image: Bool) -> Bool {
        let scheme = url.drop { $0 == " " || $0 == "\t" }.lowercased()
        if scheme.hasPrefix("javascript:") || scheme.hasPrefix("vbscript:") || scheme.hasPrefix("file:") { return true }
        if scheme.hasPrefix("data:") {
            return !(image && ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"].contains { scheme.hasPrefix($0) })
        }
        return false
    }
}

/// A top-level block of a Markdown document: what it is and the 1-based lines it spans.
package struct MarkdownBlock: Sendable, Equatable {
    package enum Kind: Sendable, Equatable {
        /// An ATX or setext heading with its text.
        case heading(level: Int, text: String)
        /// An HTML block that is a comment (`<!-- ... -->`), invisible on the page.
        case htmlComment
        case other
    }

    package var kind: Kind
    package var startLine: Int
    package var endLine: Int
}
