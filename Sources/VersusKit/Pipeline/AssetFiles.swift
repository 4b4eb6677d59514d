import Foundation

/// `templates/assets/`, copied to the output as they are.
struct AssetFiles {
    let directory: String

    /// Relative paths of every regular file, sorted.
    func list() throws -> [String] {
        guard FileManager.default.fileExists(atPath: directory) else { return [] }
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else {
            throw BuildFailure.io(path: DisplayPath.of(directory), message: "cannot list assets")
        }
        var files: [String] = []
        for case let relative as String in enumerator {
            var isDirectory: ObjCBool = false
            let path = (directory as NSString).appendingPathComponent(relative)
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
               !(relative as NSString).lastPathComponent.hasPrefix(".") {
                files.append(relative)
            }
        }
        return files.sorted()
    }

    func read(_ relative: String) throws -> [UInt8] {
        let path = (directory as NSString).appendingPathComponent(relative)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw BuildFailure.io(path: DisplayPath.of(path), message: "cannot read asset")
        }
        return Array(data)
    }
}
