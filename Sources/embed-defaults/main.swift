import Foundation

// embed-defaults OUTPUT NAME FOLDER [NAME FOLDER ...]
// Writes OUTPUT, a Swift file declaring `EmbeddedFiles.<NAME>: [String: [UInt8]]` for each folder: every regular
// file under it (dot-files skipped) keyed by its path relative to the folder, its bytes base64-encoded so that
// any file, text or binary, compiles quickly and comes back byte for byte.

let arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.count >= 3, arguments.count % 2 == 1 else {
    FileHandle.standardError.write(Data("usage: embed-defaults OUTPUT NAME FOLDER [NAME FOLDER ...]\n".utf8))
    exit(64)
}

func files(in folder: String) -> [(path: String, data: Data)] {
    guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
    var result: [(String, Data)] = []
    for case let relative as String in enumerator {
        if relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
        let path = (folder as NSString).appendingPathComponent(relative)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue,
              let data = FileManager.default.contents(atPath: path) else { continue }
        result.append((relative, data))
    }
    return result.sorted { $0.0 < $1.0 }
}

var swift = "// Generated at build time by the EmbedDefaults plugin. Do not edit.\n\nimport Foundation\n\n"
swift += "/// The default templates and assets (`templates`) and the `versus init` project (`starter`), keyed by relative path.\n"
swift += "package enum EmbeddedFiles {\n"
for index in stride(from: 1, to: arguments.count, by: 2) {
    swift += "    package static let \(arguments[index]): [String: [UInt8]] = decode([\n"
    for (path, data) in files(in: arguments[index + 1]) {
        let key = path.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        swift += "        \"\(key)\": \"\(data.base64EncodedString())\",\n"
    }
    swift += "    ])\n"
}
swift += """

    private static func decode(_ files: [String: String]) -> [String: [UInt8]] {
        files.mapValues { Array(Data(base64Encoded: $0)!) }
    }
}

"""
do {
    try swift.write(toFile: arguments[0], atomically: true, encoding: .utf8)
} catch {
    FileHandle.standardError.write(Data("embed-defaults: cannot write \(arguments[0]): \(error)\n".utf8))
    exit(74)
}
