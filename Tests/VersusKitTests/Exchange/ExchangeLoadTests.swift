import VersusLoad
import VersusModel
import XCTest

/// Where entries are placed on their family's exchange, and the errors of `exchange` and `steps` at their place.
final class ExchangeLoadTests: XCTestCase {
    private func load(_ fixture: String, edit: (String) throws -> Void = { _ in }) throws -> (CatalogLoader.Result, String) {
        let content = try Fixture.scratchContent(fixture, self)
        try edit(content)
        return (CatalogLoader.load(contentDirectory: content), (content as NSString).deletingLastPathComponent)
    }

    private func replace(_ old: String, with new: String, in path: String) throws {
        let text = try Fixture.read(path)
        XCTAssertTrue(text.contains(old), "\(path) lacks \(old)")
        try Fixture.write(text.replacingOccurrences(of: old, with: new), to: path)
    }

    func testCommandsPlaceCodesAndTheClassDecidesBetweenStepsSharingACommand() throws {
        let (loaded, _) = try load("multilingual")
        let family = try XCTUnwrap(loaded.catalog?.families.first)
        // 250 answers MAIL, RCPT and DATA; of DATA's two steps, class 2 goes to the end of the data.
        XCTAssertEqual(family.entry("250")?.steps, ["mail", "rcpt", "end-of-data"])
        XCTAssertEqual(family.entry("354")?.steps, ["data"])
        XCTAssertEqual(family.entry("535")?.steps, ["auth"])
        XCTAssertEqual(family.texts["es"]?.steps["greeting"], "saludo de conexión")
        XCTAssertEqual(family.texts["ar"]?.steps["end-of-data"], "نهاية البيانات")
    }

    func testExplicitStepsReplaceThePlacementInExchangeOrder() throws {
        let (loaded, _) = try load("multilingual") { content in
            try self.replace("commands: [AUTH]", with: "commands: [AUTH]\nsteps: [quit, greeting]", in: content + "/mail/535.md")
        }
        XCTAssertEqual(loaded.diagnostics.map(\.description), [])
        XCTAssertEqual(loaded.catalog?.families.first?.entry("535")?.steps, ["greeting", "quit"])
    }

    func testALentExchangePlacesEnhancedCodesByTheirCommandsAndClasses() throws {
        let (loaded, _) = try load("offline")
        let enhanced = try XCTUnwrap(loaded.catalog?.families.first { $0.id == "enhanced" })
        XCTAssertEqual(enhanced.exchange?.lender, "mail")
        XCTAssertEqual(enhanced.exchange?.lenderSteps["535"], ["auth"])
        XCTAssertEqual(enhanced.exchange?.lenderNames["es"], "MAIL")
        XCTAssertEqual(enhanced.entry("X.7.8")?.steps, ["auth"])
        XCTAssertEqual(enhanced.entry("X.1.1")?.steps, [])
        XCTAssertEqual(enhanced.exchange?.lenderLabels["en"]?["end-of-data"], "end of data")
        // The zone family declares no exchange.
        XCTAssertNil(loaded.catalog?.families.first { $0.id == "zone" }?.exchange)
    }

    func testPlacementByClassAloneForStepsWithoutCommands() {
        let exchange = Exchange(steps: [
            .init(key: "request", from: .client, commands: [], classes: nil),
            .init(key: "interim", from: .server, commands: [], classes: ["1"]),
            .init(key: "final", from: .server, commands: [], classes: ["2", "3", "4", "5"]),
        ])
        XCTAssertEqual(exchange.placement(commands: [], classes: ["1"]), ["interim"])
        XCTAssertEqual(exchange.placement(commands: ["GET", "PUT"], classes: ["4"]), ["final"])
        XCTAssertNil(exchange.gap("PROPFIND", classes: ["4"]))
        // A step without commands takes only its classes.
        XCTAssertEqual(Exchange(steps: [exchange.steps[1]]).gap("PROPFIND", classes: ["4"]), .unlisted)
    }

    func testAClassFilterAppliesOnlyToACommandListedBySeveralSteps() {
        let exchange = Exchange(steps: [
            .init(key: "data", from: .client, commands: ["DATA", "BDAT"], classes: ["3"]),
            .init(key: "end-of-data", from: .client, commands: ["DATA"], classes: ["2", "4", "5"]),
            .init(key: "other", from: .client, commands: ["NOOP"], classes: nil),
        ])
        XCTAssertEqual(exchange.placement(commands: ["BDAT"], classes: ["2"]), ["data"])
        XCTAssertEqual(exchange.placement(commands: ["DATA"], classes: ["5"]), ["end-of-data"])
        XCTAssertEqual(exchange.placement(commands: ["DATA"], classes: ["3"]), ["data"])
        XCTAssertEqual(exchange.placement(commands: ["DATA", "NOOP"], classes: ["4", "5"]), ["end-of-data", "other"])
        XCTAssertEqual(exchange.placement(commands: [], classes: ["2"]), [])
        XCTAssertEqual(exchange.gap("RSET", classes: ["2"]), .unlisted)
        XCTAssertEqual(exchange.gap("DATA", classes: ["1"]), .noStepTakesTheClass(["data", "end-of-data"]))
        XCTAssertNil(exchange.gap("BDAT", classes: ["1"]), "one step lists BDAT: its class does not matter")
    }

    func testACommandNoStepListsIsAnErrorAtTheCommand() throws {
        let (loaded, folder) = try load("multilingual") { content in
            try self.replace("commands: [MAIL, RCPT, DATA]", with: "commands: [MAIL, RCPT, DATA, VRFY]", in: content + "/mail/250.md")
        }
        XCTAssertNil(loaded.catalog)
        XCTAssertEqual(Fixture.lines(loaded.diagnostics, relativeTo: folder), [
            "content/mail/250.md:9:30: error: command 'VRFY' is listed by no step of the exchange in content/mail/_family.yml; "
                + "add it to a step's 'commands' there, or name the entry's steps with 'steps'",
        ])
    }

    func testAStepThatIsNotInTheExchangeIsAnErrorAtTheItem() throws {
        let (loaded, folder) = try load("multilingual") { content in
            try self.replace("commands: [AUTH]", with: "commands: [AUTH]\nsteps: [auth, qiut]", in: content + "/mail/535.md")
        }
        XCTAssertEqual(Fixture.lines(loaded.diagnostics, relativeTo: folder), [
            "content/mail/535.md:10:15: error: 'steps' names 'qiut', which is not a step of the exchange in content/mail/_family.yml "
                + "(steps: greeting, auth, mail, rcpt, data, end-of-data, quit) (did you mean 'quit'?)",
        ])
    }

    func testStepsInAFamilyWithoutAnExchangeAreAnError() throws {
        let (loaded, folder) = try load("basic") { content in
            try self.replace("commands: [AUTH]", with: "commands: [AUTH]\nsteps: [auth]", in: content + "/mail/535.md")
        }
        XCTAssertEqual(Fixture.lines(loaded.diagnostics, relativeTo: folder), [
            "content/mail/535.md:10:9: error: 'steps' names exchange steps, but this family declares no 'exchange' in its _family.yml",
        ])
    }

    func testALenderThatDoesNotExistIsAnErrorAtTheValue() throws {
        let (loaded, folder) = try load("offline") { content in
            try self.replace("exchange: mail", with: "exchange: smtp", in: content + "/enhanced/_family.yml")
        }
        let line = try Fixture.read(Fixture.path("offline") + "/content/enhanced/_family.yml").components(separatedBy: "\n")
            .firstIndex(of: "exchange: mail")! + 1
        XCTAssertEqual(Fixture.lines(loaded.diagnostics, relativeTo: folder), [
            "content/enhanced/_family.yml:\(line):11: error: 'exchange: smtp' must name another family that declares exchange steps of its own",
        ])
    }

    func testMistakesInTheStepsAreErrorsAtTheirValues() throws {
        let (loaded, folder) = try load("multilingual") { content in
            let path = content + "/mail/_family.yml"
            try self.replace("{key: auth, from: client,", with: "{key: auth, from: both,", in: path)
            try self.replace("{key: quit, from: client, label: QUIT, commands: [QUIT]}",
                             with: "{key: quit, from: client, label: QUIT, commands: [QUIT], classes: [\"6\"]}\n    - {key: Quit, from: client, label: Q}", in: path)
        }
        let lines = Fixture.lines(loaded.diagnostics, relativeTo: folder)
        XCTAssertTrue(lines.contains { $0.hasSuffix("error: 'from' must be 'client' or 'server', not 'both'") }, "\(lines)")
        XCTAssertTrue(lines.contains { $0.hasSuffix("error: 'classes' names '6', which is not a class of this family (\"2\", \"3\", \"4\", \"5\")") }, "\(lines)")
        XCTAssertTrue(lines.contains { $0.hasSuffix("error: step key 'Quit' may only use lower-case letters, digits and '-'") }, "\(lines)")
        XCTAssertTrue(lines.allSatisfy { $0.hasPrefix("content/mail/_family.yml:") || $0.hasPrefix("content/mail/535.md") }, "\(lines)")
    }

    func testATranslationMayOnlyLabelStepsOfTheDefaultFile() throws {
        let (loaded, folder) = try load("multilingual") { content in
            try self.replace("{key: end-of-data, label: fin de los datos}", with: "{key: end-of-dat, label: fin de los datos}",
                             in: content + "/mail/_family.es.yml")
        }
        let line = try Fixture.read(Fixture.path("multilingual") + "/content/mail/_family.es.yml").components(separatedBy: "\n")
            .firstIndex { $0.contains("end-of-data") }! + 1
        XCTAssertEqual(Fixture.lines(loaded.diagnostics, relativeTo: folder), [
            "content/mail/_family.es.yml:\(line):13: error: step 'end-of-dat' is not defined in the family's _family.yml",
        ])
    }

    func testAStepTakingClassesAloneDoesNotHideAMistypedCommandOfAnotherClass() throws {
        let (loaded, folder) = try load("multilingual") { content in
            try self.replace("    - {key: quit,", with: "    - {key: interim, from: server, label: interim, classes: [\"3\"]}\n    - {key: quit,",
                             in: content + "/mail/_family.yml")
            try self.replace("commands: [AUTH]", with: "commands: [AUHT]", in: content + "/mail/535.md")
        }
        XCTAssertEqual(Fixture.lines(loaded.diagnostics, relativeTo: folder), [
            "content/mail/535.md:9:12: error: command 'AUHT' is listed by no step of the exchange in content/mail/_family.yml; "
                + "add it to a step's 'commands' there, or name the entry's steps with 'steps'",
        ])
    }

    func testACommandWhoseStepsAllRefuseItsClassIsAnError() throws {
        let (loaded, folder) = try load("multilingual") { content in
            try self.replace("{key: end-of-data, from: client, label: end of data, commands: [DATA], classes: [\"2\", \"4\", \"5\"]}",
                             with: "{key: end-of-data, from: client, label: end of data, commands: [DATA], classes: [\"4\", \"5\"]}",
                             in: content + "/mail/_family.yml")
        }
        XCTAssertEqual(Fixture.lines(loaded.diagnostics, relativeTo: folder), [
            "content/mail/250.md:9:24: error: command 'DATA' is listed by steps data, end-of-data of the exchange in content/mail/_family.yml, "
                + "but none takes class 2; add the class to one of them, or name the entry's steps with 'steps'",
        ])
    }

    func testAMistakeInAStepGivesOneErrorAndNoneAtTheEntriesPlacedOnIt() throws {
        let (loaded, folder) = try load("multilingual") { content in
            try self.replace("{key: auth, from: client,", with: "{key: auth, from: clent,", in: content + "/mail/_family.yml")
        }
        let lines = Fixture.lines(loaded.diagnostics, relativeTo: folder)
        XCTAssertEqual(lines.count, 1, "\(lines)")
        XCTAssertTrue(lines[0].hasPrefix("content/mail/_family.yml:") && lines[0].hasSuffix("error: 'from' must be 'client' or 'server', not 'clent'"), "\(lines)")
    }

    func testTranslatedLabelsAreCheckedLikeTheDefaultOnes() throws {
        let (loaded, folder) = try load("multilingual") { content in
            try self.replace("{key: greeting, label: saludo de conexión}",
                             with: "{key: greeting, label: \"  \"}\n    - {key: end-of-data, label: fin}", in: content + "/mail/_family.es.yml")
        }
        let lines = Fixture.lines(loaded.diagnostics, relativeTo: folder)
        XCTAssertEqual(lines.map { $0.components(separatedBy: ": error: ").last! }, [
            "'label' is empty: write the step's label",
            "'steps' defines 'end-of-data' twice",
        ], "\(lines)")
        XCTAssertTrue(lines.allSatisfy { $0.hasPrefix("content/mail/_family.es.yml:") })
    }

    func testListsOfStepsHaveNoRepeatsAndAnExchangeHasSteps() throws {
        var (loaded, folder) = try load("multilingual") { content in
            try self.replace("commands: [AUTH]", with: "commands: [AUTH]\nsteps: [auth, auth]", in: content + "/mail/535.md")
        }
        XCTAssertEqual(Fixture.lines(loaded.diagnostics, relativeTo: folder), ["content/mail/535.md:10:15: error: 'steps' lists 'auth' twice"])
        (loaded, folder) = try load("basic") { content in
            let path = content + "/mail/_family.yml"
            try Fixture.write(try Fixture.read(path) + "exchange:\n  steps: []\n", to: path)
        }
        XCTAssertEqual(Fixture.lines(loaded.diagnostics, relativeTo: folder).map { $0.components(separatedBy: ": error: ").last! },
                       ["'steps' is empty: list the steps of a session, or write 'exchange: none'"])
    }

    func testAMultiLineLabelIsRefusedAndALongOneWarned() throws {
        let (loaded, folder) = try load("multilingual") { content in
            try self.replace("{key: quit, from: client, label: QUIT,", with: "{key: quit, from: client, label: \"QUIT\\nnow\",", in: content + "/mail/_family.yml")
            try self.replace("{key: greeting, label: saludo de conexión}", with: "{key: greeting, label: \(String(repeating: "saludo ", count: 8))}",
                             in: content + "/mail/_family.es.yml")
        }
        let lines = Fixture.lines(loaded.diagnostics, relativeTo: folder).map { $0.components(separatedBy: ": ").dropFirst().joined(separator: ": ") }
        // Sorted by file: _family.es.yml, then _family.yml.
        XCTAssertEqual(lines, ["warning: step label is 55 characters; the diagram shows about 40",
                               "error: 'label' must be one line: it is drawn on an arrow"])
    }
}
