/// A sequence diagram of a protocol exchange as inline SVG: client and server lifelines, each step an arrow from its
/// sender, and the page's codes drawn as the server's replies where they are sent. Deterministic (whole-pixel
/// geometry, no script, no external file); colours come from the page's CSS (`currentColor` and custom properties in
/// `style.css`), so light and dark modes follow the page. On right-to-left pages the drawing is mirrored (client on
/// the right) while codes stay left-to-right.
struct ExchangeDiagram {
    /// How a code is drawn: the first code solid with a filled head, the second dashed with an open head.
    enum Style: Int { case first, second }

    struct Mark {
        var style: Style
        /// "535", or "535 5.7.8" for an enhanced status code with its basic code, as HTML.
        var labelHTML: String
    }

    struct Step {
        var label: String
        var fromServer: Bool
        var marks: [Mark]
    }

    var title: String
    var description: String
    var clientLabel: String
    var serverLabel: String
    var steps: [Step]
    /// The codes of a comparison, in style order; empty on a code page (one code needs no legend).
    var legend: [String]
    var mirrored: Bool

    static let width = 520
    private static let clientX = 70, serverX = 450, middle = 260

    /// The `<svg>` element, in user units equal to CSS pixels.
    var svg: String {
        svg(using: ExchangeParts(labels: steps.map { ($0.label, $0.fromServer) }, clientLabel: clientLabel, serverLabel: serverLabel,
                                 mirrored: mirrored))
    }

    /// The `<svg>` element from `parts` built for the same steps, labels and direction (shared by the pages of a family
    /// and language, so that a page only places them). Each step is a group moved down to its place.
    func svg(using parts: ExchangeParts) -> String {
        var body = ""
        body.reserveCapacity(4096)
        var y = 34
        for (index, step) in steps.enumerated() {
            body += "<g transform=\"translate(0 \(y))\">"
            body += step.marks.isEmpty ? parts.quiet[index] : parts.marked[index]
            var arrowY = step.fromServer && !step.marks.isEmpty ? 20 : 34
            for mark in step.marks {
                body += parts.mark(mark.style, at: arrowY)
                body += mark.labelHTML
                body += "</text>"
                arrowY += 26
            }
            body += "</g>"
            y += arrowY - 6
        }
        if !legend.isEmpty { y = legendRow(y: y + 10, into: &body) }
        let height = y + 6
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"exchange-diagram\" viewBox=\"0 0 \(Self.width) \(height)\" "
            + "width=\"\(Self.width)\" height=\"\(height)\" role=\"img\" aria-labelledby=\"exchange-title\" aria-describedby=\"exchange-desc\""
            + (mirrored ? " direction=\"rtl\"" : "") + ">"
        svg.reserveCapacity(body.utf8.count + 1024)
        svg += "<title id=\"exchange-title\">\(HTML.escape(title))</title><desc id=\"exchange-desc\">\(HTML.escape(description))</desc>"
        svg += "<path class=\"x-life\" d=\"M\(x(Self.clientX)) 26V\(height - 4)M\(x(Self.serverX)) 26V\(height - 4)\"/>"
        svg += parts.sides
        svg += body
        svg += "</svg>"
        return svg
    }

    /// A horizontal position, mirrored on right-to-left pages.
    private func x(_ value: Int) -> Int { mirrored ? Self.width - value : value }

    private func text(_ content: String, x position: Int, y: Int, anchor: String, className: String?) -> String {
        let classAttribute = className.map { " class=\"\($0)\"" } ?? ""
        return "<text\(classAttribute) x=\"\(x(position))\" y=\"\(y)\" text-anchor=\"\(anchor)\">\(HTML.escape(content))</text>"
    }

    var sides: String {
        text(clientLabel, x: Self.clientX, y: 18, anchor: "middle", className: "x-side")
            + text(serverLabel, x: Self.serverX, y: 18, anchor: "middle", className: "x-side")
    }

    /// A step's label, above its arrow.
    func stepLabel(_ label: String, className: String) -> String {
        text(label, x: Self.middle, y: 12, anchor: "middle", className: className)
    }

    /// The opening tag of a code's text beside the client's lifeline, under the reply that brings it: codes are always
    /// left-to-right.
    func codeOpening(y: Int, className: String) -> String {
        let position = mirrored ? x(Self.clientX) - 12 : x(Self.clientX) + 12
        return "<text class=\"\(className) x-code\" x=\"\(position)\" y=\"\(y)\" text-anchor=\"\(mirrored ? "end" : "start")\" "
            + "direction=\"ltr\" unicode-bidi=\"embed\">"
    }

    func arrow(toServer: Bool, y: Int, className: String) -> String {
        let from = x(toServer ? Self.clientX + 2 : Self.serverX - 2)
        let tip = x(toServer ? Self.serverX - 2 : Self.clientX + 2)
        let back = tip > from ? -9 : 9
        return "<g class=\"\(className)\"><path d=\"M\(from) \(y)H\(tip + back)\"/>"
            + "<path class=\"x-head\" d=\"M\(tip) \(y)l\(back) -5v10z\"/></g>"
    }

    /// A sample of each style with its code, under the steps; each code gets the room its characters take (the
    /// code font is monospaced, about 8 px a character at 13 px), and a code that would not fit goes on a row of its own.
    private func legendRow(y top: Int, into body: inout String) -> Int {
        var start = Self.clientX, y = top
        for (index, code) in legend.enumerated() {
            let className = index == 0 ? "x-a" : "x-b"
            if start > Self.clientX && start + 48 + code.count * 8 > Self.width - 10 {
                (start, y) = (Self.clientX, y + 20)
            }
            body += "<g class=\"\(className)\"><path d=\"M\(x(start)) \(y + 8)H\(x(start + 40))\"/></g>"
            body += "<text class=\"\(className) x-code\" x=\"\(x(start + 48))\" y=\"\(y + 13)\" text-anchor=\"\(mirrored ? "end" : "start")\" "
                + "direction=\"ltr\" unicode-bidi=\"embed\">\(HTML.escape(code))</text>"
            start += 48 + max(code.count, 6) * 8 + 40
        }
        return y + 20
    }
}

/// The parts of an exchange drawing that every page of a family and language shares, in each step's own coordinates:
/// the lifeline headings, each step unmarked and marked, and the reply arrow of each style at each place a mark can
/// take, up to the opening of its code's text.
struct ExchangeParts: Sendable {
    let sides: String
    /// By step: its label and arrow, quiet.
    let quiet: [String]
    /// By step: its label emphasised, and a client's message arrow (a server step's arrow is its marks').
    let marked: [String]
    private let marks: [Int: [String]]

    /// `labels` are each step's label and whether the server sends it.
    init(labels: [(label: String, fromServer: Bool)], clientLabel: String, serverLabel: String, mirrored: Bool) {
        let drawing = ExchangeDiagram(title: "", description: "", clientLabel: clientLabel, serverLabel: serverLabel, steps: [], legend: [],
                                      mirrored: mirrored)
        sides = drawing.sides
        quiet = labels.map { drawing.stepLabel($0.label, className: "x-quiet") + drawing.arrow(toServer: !$0.fromServer, y: 20, className: "x-quiet") }
        marked = labels.map {
            drawing.stepLabel($0.label, className: "x-on") + ($0.fromServer ? "" : drawing.arrow(toServer: true, y: 20, className: "x-message"))
        }
        // A server step's marks start at 20, a client step's under its message at 34; a second mark 26 lower.
        marks = Dictionary(uniqueKeysWithValues: [20, 34, 46, 60].map { y in
            (y, ["x-a", "x-b"].map { drawing.arrow(toServer: false, y: y, className: $0) + drawing.codeOpening(y: y + 15, className: $0) })
        })
    }

    func mark(_ style: ExchangeDiagram.Style, at y: Int) -> String { marks[y]![style.rawValue] }
}
