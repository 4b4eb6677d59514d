import Synchronization

/// Parses Mustache source (variables, sections, inverted sections, partials, comments, set delimiters,
/// inheritance) into nodes, applying the spec's standalone-line rules. Works on UTF-8 bytes.
package struct MustacheParser {
    private enum Token {
        case text([UInt8])
        case tag(kind: UInt8, name: String, indent: String, line: Int, column: Int)
    }

    private let source: [UInt8]
    private var open: [UInt8] = Array("{{".utf8)
    private var close: [UInt8] = Array("}}".utf8)
    private var index = 0
    private var pendingGroup: (lastTagEnd: Int, lineEnd: Int)?
    /// The line and column of an offset already reached: tags come in order, so each position is counted on
    /// from the last one instead of from the start.
    private var counted = (offset: 0, line: 1, column: 1)
    private static let inheritanceKinds: Set<UInt8> = Set("<$/".utf8)

    init(_ text: String) { source = Array(text.utf8) }

    private static let sectionIDs = Atomic<Int>(0)

    static func parse(_ text: String) throws -> [MustacheNode] {
        var parser = MustacheParser(text)
        let tokens = try parser.tokenize()
        var position = 0
        return try parser.build(tokens, &position, closing: nil)
    }

    private static let standaloneKinds: Set<UInt8> = Set("#^/!>=<$".utf8)
    private static let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t"), newline = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")

    private mutating func tokenize() throws -> [Token] {
        var tokens: [Token] = []
        while index < source.count {
            guard let tagStart = find(open, from: index) else {
                tokens.append(.text(Array(source[index...])))
                break
            }
            var text = Array(source[index..<tagStart])
            var cursor = tagStart + open.count
            var kind = UInt8(ascii: "n")
            var closing = close
            if cursor < source.count {
                let marker = source[cursor]
                if "#^/!>=&{<$".utf8.contains(marker) {
                    kind = marker
                    cursor += 1
                    if marker == UInt8(ascii: "{") { closing = Array("}".utf8) + close }
                    if marker == UInt8(ascii: "=") { closing = Array("=".utf8) + close }
                }
            }
            let (line, column) = position(of: tagStart)
            guard let contentEnd = find(closing, from: cursor) else {
                throw MustacheSyntaxError(message: "unclosed tag", line: line, column: column)
            }
            let content = String(decoding: source[cursor..<contentEnd], as: UTF8.self).trimmingWhitespace()
            var tagEnd = contentEnd + closing.count
            if kind == UInt8(ascii: "{") { kind = UInt8(ascii: "&") }

            var indent = ""
            if let group = pendingGroup, tagEnd == group.lastTagEnd {
                tagEnd = group.lineEnd
                pendingGroup = nil
            } else if Self.standaloneKinds.contains(kind), let lineEnd = standaloneEnd(tagStart: tagStart, tagEnd: tagEnd, textStart: index) {
                let lineStart = self.lineStart(before: tagStart)
                indent = String(decoding: source[lineStart..<tagStart], as: UTF8.self)
                text.removeLast(tagStart - lineStart)
                tagEnd = lineEnd
            } else if Self.inheritanceKinds.contains(kind), let group = inheritanceGroup(tagStart: tagStart, tagEnd: tagEnd, textStart: index) {
                // Parent and block tags side by side (`{{<parent}}{{/parent}}`) stand alone together.
                let lineStart = self.lineStart(before: tagStart)
                indent = String(decoding: source[lineStart..<tagStart], as: UTF8.self)
                text.removeLast(tagStart - lineStart)
                pendingGroup = group
            }
            if !text.isEmpty { tokens.append(.text(text)) }
            index = tagEnd

            if kind == UInt8(ascii: "=") {
                let parts = content.split(whereSeparator: { $0 == " " || $0 == "\t" })
                guard parts.count == 2 else { throw MustacheSyntaxError(message: "invalid set-delimiter tag", line: line, column: column) }
                open = Array(parts[0].utf8)
                close = Array(parts[1].utf8)
                continue
            }
            if kind == UInt8(ascii: "!") { continue }
            if content.isEmpty { throw MustacheSyntaxError(message: "empty tag", line: line, column: column) }
            tokens.append(.tag(kind: kind, name: content, indent: indent, line: line, column: column))
        }
        return tokens
    }

    /// When the tag stands alone on its line, the index just past that line's end; else nil.
    private func standaloneEnd(tagStart: Int, tagEnd: Int, textStart: Int) -> Int? {
        let lineStart = self.lineStart(before: tagStart)
        guard lineStart >= textStart else { return nil }
        for byte in source[lineStart..<tagStart] where byte != Self.space && byte != Self.tab { return nil }
        var cursor = tagEnd
        while cursor < source.count, source[cursor] == Self.space || source[cursor] == Self.tab { cursor += 1 }
        if cursor == source.count { return cursor }
        if source[cursor] == Self.newline { return cursor + 1 }
        if source[cursor] == Self.carriageReturn, cursor + 1 < source.count, source[cursor + 1] == Self.newline { return cursor + 2 }
        return nil
    }

    /// A line holding only parent, block and closing tags: where its last tag ends, and where the line ends.
    private func inheritanceGroup(tagStart: Int, tagEnd: Int, textStart: Int) -> (lastTagEnd: Int, lineEnd: Int)? {
        let lineStart = self.lineStart(before: tagStart)
        guard lineStart >= textStart else { return nil }
        for byte in source[lineStart..<tagStart] where byte != Self.space && byte != Self.tab { return nil }
        var cursor = tagEnd
        var lastTagEnd = tagEnd
        while cursor + open.count < source.count, Array(source[cursor..<cursor + open.count]) == open,
              Self.inheritanceKinds.contains(source[cursor + open.count]), let end = find(close, from: cursor + open.count) {
            cursor = end + close.count
            lastTagEnd = cursor
        }
        guard lastTagEnd > tagEnd, let lineEnd = standaloneEnd(tagStart: tagStart, tagEnd: lastTagEnd, textStart: textStart) else { return nil }
        return (lastTagEnd, lineEnd)
    }

    private func lineStart(before position: Int) -> Int {
        var cursor = position
        while cursor > 0, source[cursor - 1] != Self.newline { cursor -= 1 }
        return cursor
    }

    private mutating func position(of offset: Int) -> (Int, Int) {
        if offset < counted.offset { counted = (0, 1, 1) }
        var (line, column) = (counted.line, counted.column)
        for byte in source[counted.offset..<offset] {
            if byte == Self.newline { line += 1; column = 1 } else { column += 1 }
        }
        counted = (offset, line, column)
        return (line, column)
    }

    private func find(_ needle: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, start + needle.count <= source.count else { return nil }
        var cursor = start
        let first = needle[0]
        while cursor + needle.count <= source.count {
            if source[cursor] == first {
                var matched = true
                for offset in 1..<needle.count where source[cursor + offset] != needle[offset] {
                    matched = false
                    break
                }
                if matched { return cursor }
            }
            cursor += 1
        }
        return nil
    }

    private func build(_ tokens: [Token], _ position: inout Int, closing: (name: String, line: Int, column: Int)?) throws -> [MustacheNode] {
        var nodes: [MustacheNode] = []
        while position < tokens.count {
            let token = tokens[position]
            position += 1
            switch token {
            case .text(let bytes):
                nodes.append(.text(bytes))
            case .tag(let kind, let name, let indent, let line, let column):
                switch kind {
                case UInt8(ascii: "n"): nodes.append(.variable(MustacheName(name), escaped: true))
                case UInt8(ascii: "&"): nodes.append(.variable(MustacheName(name), escaped: false))
                case UInt8(ascii: ">"): nodes.append(.partial(name, indent: indent))
                case UInt8(ascii: "#"), UInt8(ascii: "^"):
                    let children = try build(tokens, &position, closing: (name, line, column))
                    nodes.append(.section(MustacheName(name), children, inverted: kind == UInt8(ascii: "^"),
                                          id: Self.sectionIDs.wrappingAdd(1, ordering: .relaxed).newValue))
                case UInt8(ascii: "$"):
                    nodes.append(.block(name, try build(tokens, &position, closing: (name, line, column))))
                case UInt8(ascii: "<"):
                    let children = try build(tokens, &position, closing: (name, line, column))
                    var overrides: [String: [MustacheNode]] = [:]
                    for child in children { if case .block(let blockName, let content) = child { overrides[blockName] = content } }
                    nodes.append(.parent(name, indent: indent, overrides: overrides))
                case UInt8(ascii: "/"):
                    guard let closing else {
                        throw MustacheSyntaxError(message: "'\(name)' is closed but was never opened", line: line, column: column)
                    }
                    guard closing.name == name else {
                        throw MustacheSyntaxError(message: "section '\(closing.name)' is closed as '\(name)'", line: line, column: column)
                    }
                    return nodes
                default:
                    break
                }
            }
        }
        if let closing {
            throw MustacheSyntaxError(message: "section '\(closing.name)' is never closed", line: closing.line, column: closing.column)
        }
        return nodes
    }
}

extension String {
    package func trimmingWhitespace() -> String {
        var view = Substring(self)
        while let first = view.first, first == " " || first == "\t" || first == "\n" || first == "\r" { view.removeFirst() }
        while let last = view.last, last == " " || last == "\t" || last == "\n" || last == "\r" { view.removeLast() }
        return String(view)
    }
}
