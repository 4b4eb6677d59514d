import Foundation
import VersusModel

/// Rules for values that become parts of output paths; anything else is rejected at load.
package enum Identifiers {
    /// Codes: letters, digits and dots/dashes, never a path step like `..`.
    /// 1 to 32 ASCII letters, digits, '.' and '-', starting and ending with a letter or digit, with no "..".
    /// Checked by hand, not by a regular expression: it runs for every entry file on every load.
    package static func isSafeCode(_ code: String) -> Bool {
        let bytes = Array(code.utf8)
        func isAlphanumeric(_ byte: UInt8) -> Bool {
            (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
        }
        guard let first = bytes.first, let last = bytes.last, bytes.count <= 32, isAlphanumeric(first), isAlphanumeric(last) else {
            return false
        }
        for (index, byte) in bytes.enumerated() {
            guard isAlphanumeric(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") else { return false }
            if byte == UInt8(ascii: "."), index > 0, bytes[index - 1] == UInt8(ascii: ".") { return false }
        }
        return true
    }

    package static func isSafeFamilyID(_ id: String) -> Bool { matches(id, #"^[a-z0-9](?:[a-z0-9\-]{0,40}[a-z0-9])?$"#) }

    static func isSafeLanguage(_ code: String) -> Bool { matches(code, #"^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})?$"#) }

    /// A file-name suffix that reads as a language (`es`, `pt-BR`) rather than part of a code.
    static func isLanguageSuffix(_ suffix: Substring) -> Bool {
        isSafeLanguage(String(suffix)) && suffix.first?.isLetter == true
    }

    static func matches(_ value: String, _ pattern: String) -> Bool {
        value.range(of: pattern, options: .regularExpression) != nil
    }
}
