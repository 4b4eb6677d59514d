import Foundation
import VersusDiagnostics
import VersusModel
import VersusLoad
import VersusKit
import XCTest

/// Paths of the repository and its fixtures, and scratch copies of fixture catalogs.
enum Fixture {
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    static let repository = testsFolder.deletingLastPathComponent().deletingLastPathComponent()
    static let templates = repository.appendingPathComponent("templates").path

    static func path(_ name: String) -> String { testsFolder.appendingPathComponent("Fixtures/\(name)").path }

    /// A fresh temporary folder, removed when the test ends.
    static func temporaryFolder(_ test: XCTestCase) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("versus-tests-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        test.addTeardownBlock { try? FileManager.default.removeItem(atPath: folder) }
        return folder
    }

    /// A scratch copy of a fixture's content folder that a test may change.
    static func copy(_ name: String, into folder: String) throws -> String {
        let content = (folder as NSString).appendingPathComponent("content")
        try FileManager.default.copyItem(atPath: (path(name) as NSString).appendingPathComponent("content"), toPath: content)
        return content
    }

    /// A scratch copy of a fixture's content folder in a fresh temporary folder: what a build reads, so that its
    /// manifest (kept beside the content) never lands in the source tree.
    static func scratchContent(_ name: String, _ test: XCTestCase) throws -> String {
        try copy(name, into: temporaryFolder(test))
    }

    /// Adds `post` to a scratch copy of the multilingual fixture: MAIL's entries again, as a second family drawn on
    /// MAIL's exchange (as SMTP enhanced status codes are on SMTP's), so that an edit in mail/ can reach post's pages.
    static func addBorrowingFamily(to content: String) throws {
        try FileManager.default.copyItem(atPath: content + "/mail", toPath: content + "/post")
        try write(try read(content + "/post/_family.yml").replacingOccurrences(of: "id: mail", with: "id: post")
            .replacingOccurrences(of: "name: MAIL", with: "name: POST"), to: content + "/post/_family.yml")
        for file in ["_family.yml", "_family.es.yml", "_family.ar.yml"] {
            let text = try read(content + "/post/" + file)
            let own = String(text[..<text.range(of: "exchange:")!.lowerBound])
            try write(file == "_family.yml" ? own + "exchange: mail\n" : own, to: content + "/post/" + file)
        }
    }

    static func write(_ text: String, to path: String) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }

    static func read(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }

    /// Every file under `folder`, relative and sorted.
    static func files(in folder: String) -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: folder)
        var result: [String] = []
        while let item = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent(item), isDirectory: &isDirectory)
            if !isDirectory.boolValue { result.append(item) }
        }
        return result.sorted()
    }

    /// Diagnostics as printed, with the scratch folder prefix removed so expectations stay readable.
    static func lines(_ diagnostics: [Diagnostic], relativeTo folder: String) -> [String] {
        diagnostics.map { $0.description.replacingOccurrences(of: DisplayPath.of(folder) + "/", with: "") }
    }
}
