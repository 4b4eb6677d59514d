import Foundation
import VersusModel
import VersusMustache
import VersusLoad
import VersusRender
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
            // Every object shared, rendered twice: remembered sections must never change the output.
            let shared = Self.value(test["data"], shared: true)
            for round in 1...2 {
                XCTAssertEqual(String(decoding: templates.render("main", shared), as: UTF8.self), test["expected"] as? String,
                               "\(module): \(name), shared values, round \(round)")
            }
        }
    }

    /// JSON data as template values; numbers keep their JSON spelling.
    static func value(_ json: Any?, shared: Bool = false) -> TemplateValue {
        switch json {
        case let number as NSNumber where String(cString: number.objCType) == "c": return .bool(number.boolValue)
        case let number as NSNumber:
            let double = number.doubleValue
            return .text(double == double.rounded() && abs(double) < 1e15 ? String(Int(double)) : String(double))
        case let text as String: return .text(text)
        case let list as [Any]: return .list(list.map { value($0, shared: shared) })
        case let object as [String: Any]:
            let fields = object.mapValues { value($0, shared: shared) }
            return shared ? .shared(SharedFields(fields)) : .object(fields)
        default: return .null
        }
    }

    /// A section over a shared value is rendered once and its bytes reused on the next rendering.
    func testSharedSectionsAreRenderedOnceAndReused() throws {
        let templates = try MustacheTemplates(["page": "<h1>{{title}}</h1>{{#side}}[{{code}} {{label}}]{{/side}}"])
        let side = TemplateValue.shared(SharedFields(["code": "250", "label": "OK"]))
        XCTAssertEqual(templates.reusedSectionCount, 0)
        XCTAssertEqual(String(decoding: templates.render("page", ["title": "a", "side": side]), as: UTF8.self), "<h1>a</h1>[250 OK]")
        XCTAssertEqual(templates.reusedSectionCount, 0)
        XCTAssertEqual(String(decoding: templates.render("page", ["title": "b", "side": side]), as: UTF8.self), "<h1>b</h1>[250 OK]")
        XCTAssertEqual(templates.reusedSectionCount, 1)
        // Another shared value with the same fields is another object: rendered, not confused with the first.
        let other = TemplateValue.shared(SharedFields(["code": "535", "label": "Failed"]))
        XCTAssertEqual(String(decoding: templates.render("page", ["title": "c", "side": other]), as: UTF8.self), "<h1>c</h1>[535 Failed]")
        XCTAssertEqual(templates.reusedSectionCount, 1)
        // A second template set keeps its own renderings.
        let second = try MustacheTemplates(["page": "{{#side}}({{code}}){{/side}}"])
        XCTAssertEqual(String(decoding: second.render("page", ["side": side]), as: UTF8.self), "(250)")
    }

    /// A shared value's section is remembered only when it reads nothing from outside the value.
    func testSharedSectionsReadingOuterNamesAreRenderedEachTime() throws {
        let templates = try MustacheTemplates([
            "page": "{{#side}}[{{code}} {{label}}]{{/side}}{{#items}}<{{name}}>{{/items}}",
        ])
        let side = TemplateValue.shared(SharedFields(["code": "250", "label": "OK"]))
        let item = TemplateValue.shared(SharedFields(["name": "inner"]))
        let reading = TemplateValue.shared(SharedFields(["code": "535"]))
        XCTAssertEqual(String(decoding: templates.render("page", ["side": side, "items": [item]]), as: UTF8.self), "[250 OK]<inner>")
        XCTAssertEqual(String(decoding: templates.render("page", ["side": side, "items": [item], "label": "outer"]), as: UTF8.self),
                       "[250 OK]<inner>")
        XCTAssertEqual(String(decoding: templates.render("page", ["side": reading, "label": "first"]), as: UTF8.self), "[535 first]")
        XCTAssertEqual(String(decoding: templates.render("page", ["side": reading, "label": "second"]), as: UTF8.self), "[535 second]")
        XCTAssertEqual(String(decoding: templates.render("page", ["side": reading]), as: UTF8.self), "[535 ]")
    }

    func testInterpolation() throws { try run("interpolation") }
    func testSections() throws { try run("sections") }
    func testInvertedSections() throws { try run("inverted") }
    func testPartials() throws { try run("partials") }
    func testComments() throws { try run("comments") }
    func testDelimiters() throws { try run("delimiters") }
    func testInheritance() throws { try run("~inheritance") }
}

/// `TemplateValue.merge`: which field wins, and values that are not objects.
final class TemplateValueMergeTests: XCTestCase {
    private func fields(_ value: TemplateValue) -> [String: String] {
        guard case .object(let object) = value else { return [:] }
        return object.compactMapValues { if case .text(let text) = $0 { return text } else { return nil } }
    }

    func testExistingFieldsWinOnlyWhenKept() {
        let page: TemplateValue = ["title": "Page", "lang": "en"]
        var kept = page
        kept.merge(["title": "Site", "canonical": "https://example.org/"], keepingExisting: true)
        XCTAssertEqual(fields(kept), ["title": "Page", "lang": "en", "canonical": "https://example.org/"])
        var replaced = page
        replaced.merge(["title": "Site", "canonical": "https://example.org/"], keepingExisting: false)
        XCTAssertEqual(fields(replaced), ["title": "Site", "lang": "en", "canonical": "https://example.org/"])
        XCTAssertEqual(fields(page), ["title": "Page", "lang": "en"], "the value merged from is a copy")
    }

    func testAnythingButTwoObjectsIsReplacedOrKept() {
        var text: TemplateValue = "plain"
        text.merge(["a": "1"], keepingExisting: true)
        guard case .text("plain") = text else { return XCTFail("kept: \(text)") }
        text.merge(["a": "1"], keepingExisting: false)
        XCTAssertEqual(fields(text), ["a": "1"])
    }
}
