import Foundation
import VersusModel

/// Rules for values that become parts of output paths; anything else is rejected at load.
package enum Identifiers {
    /// Codes: letters, digits and dots/dashes, never a path step like `..`.
    package static func isSafeCode(_ code: String) -> Bool {
        matches(code, #"^[A-Za-z0-9](?:[A-Za-z0-9.\-]{0,30}[A-Za-z0-9])?$"#) && !code.contains("..")
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
