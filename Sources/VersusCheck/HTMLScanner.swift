import CGumbo

/// A URL found in a document: which attribute holds it and where that attribute starts.
struct Reference: Sendable, Equatable {
    /// The attribute's name, lower case (`href`, `srcset`, `content` for a refresh).
    var attribute: String
    /// The URL as the browser reads it: character references decoded, not yet resolved or percent-decoded.
    var url: String
    /// 1-based line and column (in characters) of the attribute's name.
    var line: Int
    var column: Int
}

/// What the link checker needs from one HTML document.
struct ScannedDocument: Sendable {
    /// Every fragment target: `id` of any element and `name` of `<a>`, in document order.
    var anchors: [String] = []
    /// Every URL of a URL-bearing attribute, once per attribute in the source (see `URLAttributes`).
    var references: [Reference] = []
    /// The `href` of the first `<base>` that has one.
    var base: Reference?
}

/// The only user of gumbo: HTML bytes parsed as a browser does (HTML5 tree construction), then walked for anchors
/// and URLs. Comments, the text of `<script>` and `<style>`, and the inert contents of `<template>` hold none.
enum HTMLScanner {
    /// `bytes` (UTF-8; invalid sequences are read as U+FFFD) parsed into its anchors, references and base.
    static func scan(_ bytes: UnsafeRawBufferPointer) -> ScannedDocument {
        let arena = Arena()
        var options = kGumboDefaultOptions
        options.tab_stop = 1
        options.max_errors = 0
        options.userdata = Unmanaged.passUnretained(arena).toOpaque()
        options.allocator = { userdata, size in Unmanaged<Arena>.fromOpaque(userdata!).takeUnretainedValue().allocate(size) }
        // Everything is freed with the arena: gumbo_destroy_output would recurse once per nesting level.
        options.deallocator = { _, _ in }
        return withExtendedLifetime(arena) {
            let output = bytes.withMemoryRebound(to: CChar.self) { text in
                guard let start = text.baseAddress else { return gumbo_parse_with_options(&options, "", 0)! }
                return gumbo_parse_with_options(&options, start, text.count)!
            }
            return walk(output.pointee.document)
        }
    }

    /// Depth-first over the elements with an explicit stack, so nesting depth costs no call stack.
    private static func walk(_ document: UnsafeMutablePointer<GumboNode>) -> ScannedDocument {
        var scanned = ScannedDocument()
        var seenAttributes = Set<UInt32>()
        var stack: [UnsafeMutablePointer<GumboNode>] = []
        push(document.pointee.v.document.children, onto: &stack)
        while let node = stack.popLast() {
            // GUMBO_NODE_TEMPLATE is a `<template>`, whose contents are not in the document.
            guard node.pointee.type == GUMBO_NODE_ELEMENT else { continue }
            let element = node.pointee.v.element
            read(element, into: &scanned, seen: &seenAttributes)
            push(element.children, onto: &stack)
        }
        return scanned
    }

    private static func read(_ element: GumboElement, into scanned: inout ScannedDocument, seen: inout Set<UInt32>) {
        var attributes = element.attributes
        var tagName: String?
        for index in 0..<Int(attributes.length) {
            let attribute = attributes.data[index]!.assumingMemoryBound(to: GumboAttribute.self).pointee
            let name = String(cString: attribute.name)
            guard name == "id" || URLAttributes.names.contains(name) else { continue }
            let tag = tagName ?? (element.tag == GUMBO_TAG_UNKNOWN ? "" : String(cString: gumbo_normalized_tagname(element.tag)))
            tagName = tag
            if name == "id" || (name == "name" && tag == "a") {
                scanned.anchors.append(String(cString: attribute.value))
                continue
            }
            if tag == "base", name == "href" {
                if scanned.base == nil { scanned.base = reference(attribute, url: String(cString: attribute.value)) }
                continue
            }
            guard let kind = URLAttributes.kind(of: name, on: tag) else { continue }
            if kind == .refresh {
                guard let equiv = gumbo_get_attribute(&attributes, "http-equiv"),
                      String(cString: equiv.pointee.value).lowercased() == "refresh" else { continue }
            }
            // The parser clones formatting elements left open (an unclosed `<a>` reopened in the next paragraph):
            // a clone shares its attributes' source positions, and each attribute is read once.
            guard seen.insert(attribute.name_start.offset).inserted else { continue }
            for url in URLAttributes.urls(in: String(cString: attribute.value), kind: kind) {
                scanned.references.append(reference(attribute, url: url))
            }
        }
    }

    private static func reference(_ attribute: GumboAttribute, url: String) -> Reference {
        // SVG's `xlink:href` reaches us as `href` in the XLink namespace; diagnostics name it as written.
        let prefix = attribute.attr_namespace == GUMBO_ATTR_NAMESPACE_XLINK ? "xlink:" : ""
        return Reference(attribute: prefix + String(cString: attribute.name), url: url,
                         line: Int(attribute.name_start.line), column: Int(attribute.name_start.column))
    }

    /// A node's children, last first, so that popping visits them in document order.
    private static func push(_ children: GumboVector, onto stack: inout [UnsafeMutablePointer<GumboNode>]) {
        for index in stride(from: Int(children.length) - 1, through: 0, by: -1) {
            stack.append(children.data[index]!.assumingMemoryBound(to: GumboNode.self))
        }
    }
}

/// Memory for one parse, handed out in large chunks and released at once when the scan ends.
private final class Arena {
    private static let chunkSize = 256 * 1024
    private var blocks: [UnsafeMutableRawPointer] = []
    private var next: UnsafeMutableRawPointer?
    private var remaining = 0

    func allocate(_ size: Int) -> UnsafeMutableRawPointer {
        let size = (size + 15) & ~15
        if size > Self.chunkSize / 4 {
            let block = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 16)
            blocks.append(block)
            return block
        }
        if size > remaining {
            let chunk = UnsafeMutableRawPointer.allocate(byteCount: Self.chunkSize, alignment: 16)
            blocks.append(chunk)
            next = chunk
            remaining = Self.chunkSize
        }
        let pointer = next!
        next = pointer + size
        remaining -= size
        return pointer
    }

    deinit {
        for block in blocks { block.deallocate() }
    }
}
