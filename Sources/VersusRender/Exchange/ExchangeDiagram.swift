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
        /// "535", or "535 5.7.8" for an enhanced status code with its basic code.
        var label: String
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
        var body = ""
        var y = 34
        for step in steps {
            body += text(step.label, x: Self.middle, y: y + 12, anchor: "middle", className: step.marks.isEmpty ? "x-quiet" : "x-on")
            var arrowY = y + 20
            if !step.fromServer || step.marks.isEmpty {
                body += arrow(toServer: !step.fromServer, y: arrowY, className: step.marks.isEmpty ? "x-quiet" : "x-message")
                arrowY += 14
            }
            for mark in step.marks {
                let className = mark.style == .first ? "x-a" : "x-b"
                body += arrow(toServer: false, y: arrowY, className: className)
                body += code(mark.label, y: arrowY + 15, className: className)
                arrowY += 26
            }
            y = arrowY - 6
        }
        if !legend.isEmpty { y = legendRow(y: y + 10, into: &body) }
        let height = y + 6
        let lifelines = "<path class=\"x-life\" d=\"M\(x(Self.clientX)) 26V\(height - 4)M\(x(Self.serverX)) 26V\(height - 4)\"/>"
        let sides = text(clientLabel, x: Self.clientX, y: 18, anchor: "middle", className: "x-side")
            + text(serverLabel, x: Self.serverX, y: 18, anchor: "middle", className: "x-side")
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"exchange-diagram\" viewBox=\"0 0 \(Self.width) \(height)\" "
            + "width=\"\(Self.width)\" height=\"\(height)\" role=\"img\" aria-labelledby=\"exchange-title\" aria-describedby=\"exchange-desc\""
            + (mirrored ? " direction=\"rtl\"" : "") + ">"
            + "<title id=\"exchange-title\">\(HTML.escape(title))</title><desc id=\"exchange-desc\">\(HTML.escape(description))</desc>"
            + lifelines + sides + body + "</svg>"
    }

    /// A horizontal position, mirrored on right-to-left pages.
    private func x(_ value: Int) -> Int { mirrored ? Self.width - value : value }

    private func text(_ content: String, x position: Int, y: Int, anchor: String, className: String?) -> String {
        let classAttribute = className.map { " class=\"\($0)\"" } ?? ""
        return "<text\(classAttribute) x=\"\(x(position))\" y=\"\(y)\" text-anchor=\"\(anchor)\">\(HTML.escape(content))</text>"
    }

    /// A code beside the client's lifeline, under the reply that brings it: always left-to-right.
    private func code(_ label: String, y: Int, className: String) -> String {
        let position = mirrored ? x(Self.clientX) - 12 : x(Self.clientX) + 12
        return "<text class=\"\(className) x-code\" x=\"\(position)\" y=\"\(y)\" text-anchor=\"\(mirrored ? "end" : "start")\" "
            + "direction=\"ltr\" unicode-bidi=\"embed\">\(HTML.escape(label))</text>"
    }

    private func arrow(toServer: Bool, y: Int, className: String) -> String {
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
