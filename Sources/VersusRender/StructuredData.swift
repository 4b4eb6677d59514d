import VersusModel
import VersusMustache
/// JSON-LD for code and comparison pages, safe inside `<script type="application/ld+json">`.
package enum StructuredData {
    /// Just enough JSON for schema.org documents; keys are written in the order given.
    indirect enum JSON {
        case string(String)
        case object([(String, JSON)])
        case array([JSON])
        /// Already written JSON, reused as it is.
        case encoded([UInt8])
    }

    static func techArticle(headline: String, description: String, language: String, url: String?, site: String) -> JSON {
        var fields: [(String, JSON)] = [
            ("@type", .string("TechArticle")), ("headline", .string(headline)), ("description", .string(description)),
            ("inLanguage", .string(language)), ("isPartOf", .object([("@type", .string("WebSite")), ("name", .string(site))])),
        ]
        if let url { fields += [("url", .string(url)), ("mainEntityOfPage", .string(url))] }
        return .object(fields)
    }

    static func faqPage(_ questions: [JSON], language: String) -> JSON {
        .object([("@type", .string("FAQPage")), ("inLanguage", .string(language)), ("mainEntity", .array(questions))])
    }

    /// A question of an FAQPage, written once so many pages can share it.
    static func question(_ question: String, answer: String) -> JSON {
        var output: [UInt8] = []
        write(.object([("@type", .string("Question")), ("name", .string(question)),
                       ("acceptedAnswer", .object([("@type", .string("Answer")), ("text", .string(answer))]))]), to: &output)
        return .encoded(output)
    }

    /// One JSON document; `<`, `>` and `&` are written as \u escapes so no text can close the script element.
    static func script(_ items: [JSON]) -> String {
        let document: JSON = items.count == 1
            ? { if case .object(let fields) = items[0] { return .object([("@context", .string("https://schema.org"))] + fields) }; return items[0] }()
            : .object([("@context", .string("https://schema.org")), ("@graph", .array(items))])
        var output: [UInt8] = []
        output.reserveCapacity(1024)
        write(document, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    private static func write(_ value: JSON, to output: inout [UInt8]) {
        switch value {
        case .string(let text): writeString(text, to: &output)
        case .encoded(let bytes): output += bytes
        case .array(let items):
            output.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                write(item, to: &output)
            }
            output.append(UInt8(ascii: "]"))
        case .object(let fields):
            output.append(UInt8(ascii: "{"))
            for (index, (key, item)) in fields.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                writeString(key, to: &output)
                output.append(UInt8(ascii: ":"))
                write(item, to: &output)
            }
            output.append(UInt8(ascii: "}"))
        }
    }

    private static let hex = Array("0123456789abcdef".utf8)

    private static func writeString(_ text: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            // Most text needs no escape: copy runs of plain bytes at once.
            var start = 0
            for index in bytes.indices {
                let byte = bytes[index]
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "\n"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"), 0..<0x20:
                    break
                default:
                    continue
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
                start = index + 1
                output.append(UInt8(ascii: "\\"))
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): output.append(byte)
                case UInt8(ascii: "\n"): output.append(UInt8(ascii: "n"))
                default: output += [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
                }
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
        }
        output.append(UInt8(ascii: "\""))
    }
}
