import Foundation
import VersusKit
import XCTest

/// The official Mustache spec suite, read from the shared data folder (not copied into the project):
/// core modules and template inheritance. Lambdas are not part of Versus templates.
final class MustacheSpecTests: XCTestCase {
    /// Optional-module cases about re-indenting block content at its expansion site, which Versus does not do:
    /// block content is inserted as written. Every other case of every module must pass.
    static let knownDeviations: Set<String> = [
        "~inheritance: Standalone block", "~inheritance: Block reindentation",
        "~inheritance: Intrinsic indentation", "~inheritance: Nested block reindentation",
    ]

    static let folder = Fixture.repository.deletingLastPathComponent().appendingPathComponent("shared/data/mustache-spec")

    private func run(_ module: String) throws {
        let path = Self.folder.appendingPathComponent("\(module).json").path
        guard let data = FileManager.default.contents(atPath: path) else {
            throw XCTSkip("the Mustache spec suite is not at \(Self.folder.path); spec tests not run")
        }
        let suite = try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let tests = try XCTUnwrap(suite["tests"] as? [[String: Any]])
        XCTAssertFalse(tests.isEmpty)
        for test in tests {
            let name = test["name"] as? String ?? "?"
            var sources = (test["partials"] as? [String: String]) ?? [:]
            sources["main"] = test["template"] as? String ?? ""
            let templates = try MustacheTemplates(sources)
            let output = String(decoding: templates.render("main", Self.value(test["data"])), as: UTF8.self)
            if Self.knownDeviations.contains("\(module): \(name)") {
                XCTAssertNotEqual(output, test["expected"] as? String, "\(module): \(name) now passes; remove it from knownDeviations")
                continue
            }
            XCTAssertEqual(output, test["expected"] as? String, "\(module): \(name)")
        }
    }

    /// JSON data as template values; numbers keep their JSON spelling.
    static func value(_ json: Any?) -> TemplateValue {
        switch json {
        case let number as NSNumber where String(cString: number.objCType) == "c": return .bool(number.boolValue)
        case let number as NSNumber:
            let double = number.doubleValue
            return .text(double == double.rounded() && abs(double) < 1e15 ? String(Int(double)) : String(double))
        case let text as String: return .text(text)
        case let list as [Any]: return .list(list.map(value))
        case let object as [String: Any]: return .object(object.mapValues(value))
        default: return .null
        }
    }

    func testInterpolation() throws { try run("interpolation") }
    func testSections() throws { try run("sections") }
    func testInvertedSections() throws { try run("inverted") }
    func testPartials() throws { try run("partials") }
    func testComments() throws { try run("comments") }
    func testDelimiters() throws { try run("delimiters") }
    func testInheritance() throws { try run("~inheritance") }
}
