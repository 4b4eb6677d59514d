/// Which attributes of which elements hold URLs, and how to read the URLs out of their values.
enum URLAttributes {
    /// How an attribute's value holds its URLs.
    enum Kind: Equatable {
        /// The whole value is one URL (`href`, `src`, `poster`, ...).
        case url
        /// A comma-separated list of image candidates, each a URL and descriptors (`srcset`).
        case candidates
        /// The `content` of `<meta http-equiv="refresh">`: a delay, then optionally `url=...`.
        case refresh
    }

    /// Every attribute name that may hold URLs (`kind(of:on:)` decides per element), and `name` (a fragment target on
    /// `<a>`): the scanner reads no other attribute but `id`.
    static let names: Set<String> = [
        "href", "src", "srcset", "imagesrcset", "poster", "data", "action", "formaction", "cite", "longdesc",
        "manifest", "background", "content", "name",
    ]

    /// How `attribute` (lower case) of `element` (lower-case tag name, empty for unknown tags) holds URLs; nil when
    /// it holds none. `href` and `src` count on any element (SVG's `<use href>` and `<image href>` among them) except
    /// `<base href>`, which the checker reads separately; the others only where HTML defines them.
    static func kind(of attribute: String, on element: String) -> Kind? {
        switch attribute {
        case "href": return element == "base" ? nil : .url
        case "src": return .url
        case "srcset": return .candidates
        case "imagesrcset": return element == "link" ? .candidates : nil
        case "poster": return element == "video" ? .url : nil
        case "data": return element == "object" ? .url : nil
        case "action": return element == "form" ? .url : nil
        case "formaction": return element == "button" || element == "input" ? .url : nil
        case "cite": return ["blockquote", "q", "del", "ins"].contains(element) ? .url : nil
        case "longdesc": return ["img", "iframe", "frame"].contains(element) ? .url : nil
        case "manifest": return element == "html" ? .url : nil
        case "background": return ["body", "table", "thead", "tbody", "tfoot", "tr", "td", "th"].contains(element) ? .url : nil
        case "content": return element == "meta" ? .refresh : nil
        default: return nil
        }
    }

    /// The URLs in `value`, as written (neither resolved nor decoded); empty when a refresh has no URL.
    static func urls(in value: String, kind: Kind) -> [String] {
        switch kind {
        case .url: return [value]
        case .candidates: return candidateURLs(value)
        case .refresh: return refreshURL(value).map { [$0] } ?? []
        }
    }

    /// The URL of each image candidate of a `srcset`, following HTML's "parse a srcset attribute": a URL is a run of
    /// non-space characters (trailing commas end the candidate), then descriptors up to a comma outside parentheses.
    static func candidateURLs(_ value: String) -> [String] {
        let scalars = Array(value.unicodeScalars)
        var urls: [String] = []
        var index = 0
        while index < scalars.count {
            while index < scalars.count, isSpace(scalars[index]) || scalars[index] == "," { index += 1 }
            guard index < scalars.count else { break }
            let start = index
            while index < scalars.count, !isSpace(scalars[index]) { index += 1 }
            var end = index
            if scalars[end - 1] == "," {
                while end > start, scalars[end - 1] == "," { end -= 1 }
                if end > start { urls.append(string(scalars[start..<end])) }
                continue
            }
            urls.append(string(scalars[start..<end]))
            var depth = 0
            while index < scalars.count {
                let scalar = scalars[index]
                index += 1
                if scalar == "(" { depth += 1 } else if scalar == ")" { depth = max(0, depth - 1) } else if scalar == ",", depth == 0 { break }
            }
        }
        return urls
    }

    /// The URL of a refresh `content` ("5; url='page.html'"), following HTML's shared declarative refresh steps;
    /// nil when the value is no refresh or refreshes the page itself.
    static func refreshURL(_ value: String) -> String? {
        let scalars = Array(value.unicodeScalars)
        var index = 0
        func skipSpaces() { while index < scalars.count, isSpace(scalars[index]) { index += 1 } }
        func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
        skipSpaces()
        let timeStart = index
        while index < scalars.count, isDigit(scalars[index]) { index += 1 }
        if index == timeStart, index >= scalars.count || scalars[index] != "." { return nil }
        while index < scalars.count, isDigit(scalars[index]) || scalars[index] == "." { index += 1 }
        guard index < scalars.count else { return nil }
        guard isSpace(scalars[index]) || scalars[index] == ";" || scalars[index] == "," else { return nil }
        skipSpaces()
        if index < scalars.count, scalars[index] == ";" || scalars[index] == "," { index += 1 }
        skipSpaces()
        guard index < scalars.count else { return nil }
        // "url", then "=", each consumed as far as it matches: "0; urlx.html" names "x.html", as in browsers.
        for letter in ["u", "r", "l"] as [Unicode.Scalar] {
            guard index < scalars.count, scalars[index] == letter || scalars[index].value == letter.value - 32 else { break }
            index += 1
            if letter == "l" {
                skipSpaces()
                if index < scalars.count, scalars[index] == "=" { index += 1; skipSpaces() }
            }
        }
        var urlStart = index, urlEnd = scalars.count
        if urlStart < scalars.count, scalars[urlStart] == "'" || scalars[urlStart] == "\"" {
            let quote = scalars[urlStart]
            urlStart += 1
            urlEnd = scalars[urlStart...].firstIndex(of: quote) ?? scalars.count
        }
        return string(scalars[urlStart..<urlEnd])
    }

    /// HTML's ASCII whitespace: tab, line feed, form feed, carriage return, space.
    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar == "\u{0C}"
    }

    private static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars)
        return String(result)
    }
}
