/// Escaping for text and attribute contexts (both escape quotes, so one function serves both).
public enum HTML {
    public static func escape(_ text: String) -> String {
        guard text.contains(where: { "&<>\"'".contains($0) }) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }

    /// Text in another language than the page's, marked so readers and screen readers know.
    public static func foreign(_ text: String, language: Language) -> String {
        "<span lang=\"\(language.code)\" dir=\"\(language.direction.rawValue)\">\(escape(text))</span>"
    }
}
