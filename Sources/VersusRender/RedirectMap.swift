import VersusModel
import VersusPlan
/// The map of reversed pairs to their comparison pages that `--redirects nginx` or `netlify` writes in place of
/// redirect pages: one rule per reversed pair the plan would otherwise give a page, in plan order.
///
/// Paths are absolute on the host: the path of `base_url` (`/` without one) followed by the site path. Every byte
/// but letters, digits, `-._~/` and an existing `%XX` is percent-encoded, so no value can add a field, a line, an
/// nginx variable (`$`) or the end of a directive (`;`).
package struct RedirectMap {
    let catalog: Catalog
    let plan: SitePlan

    /// Each reversed pair's path and its comparison page's, both encoded and absolute on the host.
    func rules() -> [(from: String, to: String)] {
        let prefix = catalog.site.baseURL?.path ?? "/"
        var rules: [(from: String, to: String)] = []
        for language in catalog.languages {
            for family in catalog.families {
                let codes = family.entries.map(\.code).filter { plan.isAvailable($0, family: family.id, in: language.code) }
                for (a, b) in plan.pairs[family.id]?.pairs(of: codes) ?? [] {
                    rules.append((Self.encode(prefix + SitePaths.pair(language.code, family.id, b, a)),
                                  Self.encode(prefix + SitePaths.pair(language.code, family.id, a, b))))
                }
            }
        }
        return rules
    }

    func render(_ format: RedirectMapFormat) -> String {
        let rules = rules()
        switch format {
        case .netlify:
            var text = "# Reversed comparisons answered with a 301 to their page (versus build --redirects netlify).\n"
            for rule in rules { text += "\(rule.from) \(rule.to) 301\n" }
            return text
        case .nginx:
            // nginx refuses to start when the map's hash does not fit its buckets: sized for these keys.
            let longest = rules.map(\.from.utf8.count).max() ?? 0
            var text = "# Reversed comparisons answered with a 301 to their page (versus build --redirects nginx).\n"
                + "# Include it in the http block; the server block returns 301 $versus_redirect when it is set (docs/publishing.md).\n"
                + "map_hash_bucket_size \(Self.bucketSize(longestKey: longest));\n"
                + "map_hash_max_size \(Self.maxSize(keys: rules.count));\n"
                + "map $uri $versus_redirect {\n"
            for rule in rules { text += "    \(rule.from) \(rule.to);\n" }
            return text + "}\n"
        }
    }

    /// Room for several keys per bucket (nginx rounds the value up to its cache line).
    package static func bucketSize(longestKey: Int) -> Int {
        var size = 128
        while size < 4 * (longestKey + 16) { size *= 2 }
        return size
    }

    /// Hash tables up to twice the number of keys, never below nginx's default.
    package static func maxSize(keys: Int) -> Int { max(2048, 2 * keys) }

    /// Keeps letters, digits, `-._~/` and valid `%XX`; percent-encodes every other byte of the UTF-8 text.
    package static func encode(_ path: String) -> String {
        let bytes = Array(path.utf8)
        let isHex = { (byte: UInt8) in (0x30...0x39).contains(byte) || (0x41...0x46).contains(byte) || (0x61...0x66).contains(byte) }
        var result = ""
        for (index, byte) in bytes.enumerated() {
            switch byte {
            case 0x41...0x5A, 0x61...0x7A, 0x30...0x39, UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"),
                 UInt8(ascii: "/"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            case UInt8(ascii: "%") where index + 2 < bytes.count && isHex(bytes[index + 1]) && isHex(bytes[index + 2]):
                result += "%"
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                result += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return result
    }
}
