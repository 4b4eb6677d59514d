import Yams

/// Places in a YAML text, as the parser counts them and as a person reads them.
///
/// The parser (libyaml, through Yams' `Mark`) counts 1-based lines that also break at NEL, LINE SEPARATOR and
/// PARAGRAPH SEPARATOR, and 1-based columns in Unicode scalars. A diagnostic counts lines at line feeds and columns
/// in characters. Positions in between are indexes into `scalars`.
struct YAMLPositions {
    let scalars: [Unicode.Scalar]
    /// Index in `scalars` where each of the parser's lines starts.
    private let parserLineStarts: [Int]
    /// Index in `scalars` where each line-feed-separated line starts.
    private let lineStarts: [Int]

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
        var parserStarts = [0], starts = [0]
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" { index += 1 }
            if Self.isBreak(scalars[index]) { parserStarts.append(index + 1) }
            if scalars[index] == "\n" { starts.append(index + 1) }
            index += 1
        }
        parserLineStarts = parserStarts
        lineStarts = starts
    }

    static func isBreak(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\n" || scalar == "\r" || scalar == "\u{85}" || scalar == "\u{2028}" || scalar == "\u{2029}"
    }

    /// The index a parser mark points at, kept inside the text (a mark past the end points at the end).
    func index(of mark: Mark) -> Int {
        guard mark.line <= parserLineStarts.count else { return scalars.count }
        let line = max(mark.line, 1)
        let start = parserLineStarts[line - 1]
        let end = line < parserLineStarts.count ? parserLineStarts[line] - 1 : scalars.count
        return min(start + max(mark.column - 1, 0), end)
    }

    /// The scalar at `index`, nil past the end.
    func scalar(at index: Int) -> Unicode.Scalar? { index >= 0 && index < scalars.count ? scalars[index] : nil }

    /// The 1-based line (counted at line feeds) and column (counted in characters) of `index`. The end of the text
    /// is shown at the end of its last line that is not empty, where a person would type.
    func location(of index: Int) -> (line: Int, column: Int) {
        var index = min(max(index, 0), scalars.count)
        if index == scalars.count {
            while index > 0, Self.isBreak(scalars[index - 1]) { index -= 1 }
        }
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= index { low = middle } else { high = middle - 1 }
        }
        var prefix = String.UnicodeScalarView()
        prefix.append(contentsOf: scalars[lineStarts[low]..<index])
        return (low + 1, String(prefix).count + 1)
    }

    func location(of mark: Mark) -> (line: Int, column: Int) { location(of: index(of: mark)) }

    /// The index where the line holding `index` starts, and the index of its line break (or the end).
    func lineBounds(of index: Int) -> (start: Int, end: Int) {
        var start = min(index, scalars.count)
        while start > 0, !Self.isBreak(scalars[start - 1]) { start -= 1 }
        var end = min(index, scalars.count)
        while end < scalars.count, !Self.isBreak(scalars[end]) { end += 1 }
        return (start, end)
    }
}
