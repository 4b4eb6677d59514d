import Foundation
import Synchronization

/// A set of named templates, parsed once, rendered into UTF-8 bytes without dynamic casts.
/// Partials are looked up by name at render time; an indented standalone partial is parsed once per indentation.
package final class MustacheTemplates: Sendable {
    private let sources: [String: String]
    /// The parsed templates and rendered sections, once per rendering thread: threads walking one shared tree
    /// contend for its reference counts and locks.
    private let lanes: PerLane<Lane>

    /// One thread's copy of the templates, parsed by it (locked only because threads beyond `RenderLane.count`
    /// share lanes).
    private final class Lane: Sendable {
        /// Parsed templates by `key(name, indent)`.
        let parsed: Mutex<[String: [MustacheNode]]>
        /// Sections rendered over a shared value, by (shared value, section node): see `render(_:in:section:_:)`.
        let renderedSections = Mutex<[SharedSection: [UInt8]]>([:])
        let reuses = Atomic<Int>(0)

        init(_ parsed: [String: [MustacheNode]]) { self.parsed = Mutex(parsed) }
    }

    private struct SharedSection: Hashable {
        var value: Int
        var section: Int
    }

    /// How many times a section over a shared value was not rendered again but its bytes reused (for tests and
    /// `build --verbose`).
    package var reusedSectionCount: Int { lanes.made.reduce(0) { $0 + $1.reuses.load(ordering: .relaxed) } }

    /// Parses every source; the first syntax error is thrown with its template's name.
    package init(_ sources: [String: String]) throws {
        self.sources = sources
        let parsed = try Self.parseAll(sources)
        // The sources parsed once already, so parsing them again for another lane cannot fail.
        lanes = PerLane(first: Lane(parsed)) { Lane((try? Self.parseAll(sources)) ?? [:]) }
    }

    private static func parseAll(_ sources: [String: String]) throws -> [String: [MustacheNode]] {
        var parsed: [String: [MustacheNode]] = [:]
        for (name, text) in sources {
            do {
                parsed[Self.key(name, "")] = try MustacheParser.parse(text)
            } catch let error as MustacheSyntaxError {
                throw MustacheTemplateError(template: name, error: error)
            }
        }
        return parsed
    }

    /// Renders `name` with `value` as the root context.
    package func render(_ name: String, _ value: TemplateValue) -> [UInt8] { render(name, stack: [value]) }

    /// Renders `name` with a context stack, innermost last: names are looked up from the end.
    package func render(_ name: String, stack: [TemplateValue]) -> [UInt8] {
        var state = RenderState(lane: lanes.current, stack: stack)
        state.output.reserveCapacity(16_384)
        if let nodes = template(name, indent: "", state.lane) { render(nodes, &state) }
        return state.output
    }

    private static func key(_ name: String, _ indent: String) -> String { indent.isEmpty ? name : name + "\u{0}" + indent }

    private func template(_ name: String, indent: String, _ lane: Lane) -> [MustacheNode]? {
        let key = Self.key(name, indent)
        if let nodes = lane.parsed.withLock({ $0[key] }) { return nodes }
        guard let source = sources[name] else { return nil }
        let nodes = (try? MustacheParser.parse(Self.indent(source, by: indent))) ?? []
        lane.parsed.withLock { $0[key] = nodes }
        return nodes
    }

    /// Every line of a partial gets the standalone tag's indentation, before parsing (as the spec asks).
    private static func indent(_ source: String, by indent: String) -> String {
        guard !indent.isEmpty else { return source }
        // Indent the start of every line, but not the empty end after a final newline.
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        return lines.enumerated().map { index, line in
            index == lines.count - 1 && line.isEmpty ? "" : indent + line
        }.joined(separator: "\n")
    }

    private struct RenderState {
        let lane: Lane
        var stack: [TemplateValue]
        /// Block overrides of enclosing parents; the outermost definition wins.
        var overrides: [String: [MustacheNode]] = [:]
        var output: [UInt8] = []
        /// The lowest stack level read since the innermost shared section began; blocks and parents count as
        /// level 0, since what they render depends on overrides from outside.
        var lowestLevelRead = Int.max
    }

    private func render(_ nodes: [MustacheNode], _ state: inout RenderState) {
        for index in nodes.indices {
            switch nodes[index] {
            case .text(let bytes):
                state.output.append(contentsOf: bytes)
            case .variable(let name, let escaped):
                let value = lookup(name, &state)
                switch value {
                case .text(let text): append(text, escaped: escaped, to: &state.output)
                case .bool(let flag): state.output.append(contentsOf: (flag ? "true" : "false").utf8)
                default: break
                }
            case .section(let name, let children, let inverted, let id):
                let value = lookup(name, &state)
                if inverted {
                    if !value.isTruthy { render(children, &state) }
                    continue
                }
                guard value.isTruthy else { continue }
                if case .list(let items) = value {
                    for item in items { render(children, in: item, section: id, &state) }
                } else {
                    render(children, in: value, section: id, &state)
                }
            case .partial(let name, let indent):
                if let partial = template(name, indent: indent, state.lane) { render(partial, &state) }
            case .block(let name, let content):
                state.lowestLevelRead = 0
                render(state.overrides[name] ?? content, &state)
            case .parent(let name, let indent, let overrides):
                state.lowestLevelRead = 0
                guard let parent = template(name, indent: indent, state.lane) else { continue }
                let saved = state.overrides
                state.overrides = overrides.merging(saved) { _, outer in outer }
                render(parent, &state)
                state.overrides = saved
            }
        }
    }

    /// Renders a section's children with `item` as the innermost context. A shared item's rendering is kept
    /// for the next page when it read nothing below the item on the stack.
    private func render(_ children: [MustacheNode], in item: TemplateValue, section id: Int, _ state: inout RenderState) {
        guard case .shared(let shared) = item else {
            state.stack.append(item)
            render(children, &state)
            state.stack.removeLast()
            return
        }
        let key = SharedSection(value: shared.id, section: id)
        let lane = state.lane
        if let bytes = lane.renderedSections.withLock({ $0[key] }) {
            state.output.append(contentsOf: bytes)
            lane.reuses.add(1, ordering: .relaxed)
            return
        }
        let level = state.stack.count
        let start = state.output.count
        let outerLowest = state.lowestLevelRead
        state.lowestLevelRead = Int.max
        state.stack.append(item)
        render(children, &state)
        state.stack.removeLast()
        if state.lowestLevelRead >= level {
            let bytes = Array(state.output[start...])
            lane.renderedSections.withLock { $0[key] = bytes }
        }
        state.lowestLevelRead = min(outerLowest, state.lowestLevelRead)
    }

    private func lookup(_ name: MustacheName, _ state: inout RenderState) -> TemplateValue {
        let stack = state.stack
        guard let first = name.parts.first else {
            state.lowestLevelRead = min(state.lowestLevelRead, stack.count - 1)
            return stack.last ?? .null
        }
        var current: TemplateValue = .null
        var found = false
        var level = stack.count
        while level > 0 {
            level -= 1
            if let match = stack[level][first] {
                current = match
                found = true
                break
            }
        }
        state.lowestLevelRead = min(state.lowestLevelRead, level)
        guard found else { return .null }
        for part in name.parts.dropFirst() {
            guard let next = current[part] else { return .null }
            current = next
        }
        return current
    }

    private func append(_ text: String, escaped: Bool, to output: inout [UInt8]) {
        guard escaped else {
            output.append(contentsOf: text.utf8)
            return
        }
        MustacheEscaper.appendEscaped(text, to: &output)
    }
}

/// A syntax error in a named template.
package struct MustacheTemplateError: Error, Sendable {
    package var template: String
    package var error: MustacheSyntaxError
}
