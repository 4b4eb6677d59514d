/// The absolute URL a site is published at (`base_url` of site.yml, or `--base-url`), checked once, and the one
/// builder of every absolute URL Versus writes (canonical, hreflang, Open Graph, JSON-LD, sitemaps, robots.txt).
///
/// Accepted: `http` or `https` (any letter case, written lower case), an ASCII host (written lower case), an
/// optional port from 1 to 65535 (written without leading zeros; an empty one is dropped) and a path. A missing
/// trailing slash is added, dot segments are removed (RFC 3986 §5.2.4), and characters RFC 3986 does not allow in a
/// path (non-ASCII) are percent-encoded. Refused: any other scheme, no host, a non-ASCII host (write its `xn--`
/// form), user information, a query or a fragment (a site has one address), white space before or after it.
package struct BaseURL: Sendable, Hashable {
    /// The URL, ending with `/`.
    package let string: String

    /// Parses `text`; on failure, the reason, to follow "'base_url' must be ...".
    package static func parse(_ text: String) -> Result<BaseURL, BaseURLError> {
        if let first = text.unicodeScalars.first, let last = text.unicodeScalars.last,
           first.properties.isWhitespace || last.properties.isWhitespace {
            return .failure(.init("an address without white space around it, not '\(text)'"))
        }
        guard let separator = text.firstRange(of: "://") else { return .failure(.init("an absolute http or https URL, not '\(text)'")) }
        let scheme = text[..<separator.lowerBound].lowercased()
        guard scheme == "http" || scheme == "https" else {
            return .failure(.init("an absolute http or https URL, not '\(text)'"))
        }
        let rest = text[separator.upperBound...]
        if rest.contains("?") || rest.contains("#") {
            return .failure(.init("the site's address without a query or fragment, not '\(text)'"))
        }
        let authority = rest.prefix { $0 != "/" }
        let path = rest.dropFirst(authority.count)
        if authority.contains("@") { return .failure(.init("an address without user information, not '\(text)'")) }
        let hostAndPort = authority.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        let host = hostAndPort.first ?? ""
        if host.unicodeScalars.contains(where: { !$0.isASCII }) {
            return .failure(.init("an address whose host is written in ASCII (an international domain name in its 'xn--' form), not '\(text)'"))
        }
        let validHost = !host.isEmpty && host.unicodeScalars.allSatisfy { isLetterOrDigit($0) || $0 == "." || $0 == "-" }
            && !host.split(separator: ".", omittingEmptySubsequences: false).contains { $0.isEmpty }
        guard validHost else { return .failure(.init("an absolute http or https URL with a host, not '\(text)'")) }
        // RFC 3986 §3.2.3: the port is decimal digits and may be empty (meaning the scheme's default).
        var port = ""
        if hostAndPort.count == 2, !hostAndPort[1].isEmpty {
            guard hostAndPort[1].allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(hostAndPort[1].prefix(6)),
                  hostAndPort[1].count <= 6, (1...65535).contains(number) else {
                return .failure(.init("an address with a port from 1 to 65535, not '\(text)'"))
            }
            port = ":\(number)"
        }
        var encoded = encodePath(removingDotSegments(String(path)))
        if !encoded.hasSuffix("/") { encoded += "/" }
        return .success(BaseURL(string: scheme + "://" + host.lowercased() + port + encoded))
    }

    /// RFC 3986 §5.2.4: "/a/./b/../c" is "/a/c" (also when the dots are percent-encoded, as browsers read them).
    static func removingDotSegments(_ path: String) -> String {
        var output: [Substring] = []
        let segments = path.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
        for (index, segment) in segments.enumerated() {
            let lowered = segment.lowercased()
            let isDot = lowered == "." || lowered == "%2e"
            let isDotDot = ["..", ".%2e", "%2e.", "%2e%2e"].contains(lowered)
            if isDot || isDotDot {
                if isDotDot, !output.isEmpty { output.removeLast() }
                if index == segments.count - 1 { output.append("") }
            } else {
                output.append(segment)
            }
        }
        return path.isEmpty ? "" : "/" + output.joined(separator: "/")
    }

    private init(string: String) { self.string = string }

    /// The absolute URL of `path`, a site path such as `en/smtp/250.html`, percent-encoded per RFC 3986.
    package func absolute(_ path: String) -> String { string + Self.encodePath(path) }

    /// The path the site lives at on its host, from the first `/` after the host and ending with `/` (`/` for a site
    /// at the root, `/docs/` for `https://example.com/docs/`), percent-encoded.
    package var path: String {
        let rest = string[string.firstRange(of: "://")!.upperBound...]
        return String(rest[(rest.firstIndex(of: "/") ?? rest.endIndex)...])
    }

    /// Keeps RFC 3986's path characters (unreserved, sub-delims, `:`, `@`, `/` and valid `%XX`) and percent-encodes
    /// every other byte of the UTF-8 text.
    static func encodePath(_ path: String) -> String {
        let bytes = Array(path.utf8)
        var result = ""
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let isHex = { (byte: UInt8) in (0x30...0x39).contains(byte) || (0x41...0x46).contains(byte) || (0x61...0x66).contains(byte) }
            if byte == 0x25, index + 2 < bytes.count, isHex(bytes[index + 1]), isHex(bytes[index + 2]) {
                result += "%"
            } else if isPathByte(byte) {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                result += "%" + String(byte, radix: 16, uppercase: true).leftPadded()
            }
            index += 1
        }
        return result
    }

    private static func isPathByte(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x41...0x5A, 0x61...0x7A, 0x30...0x39: return true  // ALPHA, DIGIT
        case UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"): return true  // unreserved
        case UInt8(ascii: "!"), UInt8(ascii: "$"), UInt8(ascii: "&"), UInt8(ascii: "'"), UInt8(ascii: "("), UInt8(ascii: ")"),
             UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "="): return true  // sub-delims
        case UInt8(ascii: ":"), UInt8(ascii: "@"), UInt8(ascii: "/"): return true
        default: return false
        }
    }

    private static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
    }
}

/// Why a `base_url` was refused: completes "must be ...".
package struct BaseURLError: Error, Sendable, Equatable {
    package let expected: String
    init(_ expected: String) { self.expected = expected }
}

private extension String {
    func leftPadded() -> String { count == 1 ? "0" + self : self }
}
