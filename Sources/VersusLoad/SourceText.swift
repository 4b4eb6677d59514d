import Foundation
import VersusDiagnostics
import VersusModel

/// Decodes a content file: UTF-8 only, a leading BOM stripped, CRLF and CR turned into LF.
package enum SourceText {
    static func decode(_ data: Data, path: String, into sink: DiagnosticSink) -> String? {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let (line, column) = firstInvalidUTF8(in: bytes)
            sink.error("file is not valid UTF-8", path: path, line: line, column: column)
            return nil
        }
        if !bytes.contains(0x0D) { return text }
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    /// The 1-based line and byte column of the first byte that breaks UTF-8 decoding.
    private static func firstInvalidUTF8(in bytes: [UInt8]) -> (Int, Int) {
        var line = 1, lineStart = 0, index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return (line, index - lineStart + 1)
            }
            if index + length > bytes.count { return (line, index - lineStart + 1) }
            let sequence = Array(bytes[index..<index + length])
            if String(validating: sequence, as: UTF8.self) == nil { return (line, index - lineStart + 1) }
            if byte == 0x0A { line += 1; lineStart = index + 1 }
            index += length
        }
        return (line, 1)
    }
}
