import ArgumentParser
import VersusKit
@testable import versus
import XCTest

/// The one mapping from whatever a command throws to what `versus` prints and the code it exits with, including
/// the failures no command can be made to produce on purpose (a bug of Versus: 70).
final class ExitStatusTests: XCTestCase {
    private struct Broken: Error, CustomStringConvertible {
        var description: String { "a value that should exist\nis missing" }
    }

    func testEveryKindOfErrorHasItsCodeAndOneMessage() {
        let diagnostics = [Diagnostic.error("missing required field 'title'", path: "content/mail/250.md", line: 2, column: 1),
                           Diagnostic.warning("unknown front-matter key 'titel'", path: "content/mail/250.md", line: 3, column: 1)]
        let cases: [(Error, ExitStatus.Outcome)] = [
            (BuildFailure.invalidInput(diagnostics), .init(code: 1, errors: """
                content/mail/250.md:2:1: error: missing required field 'title'
                content/mail/250.md:3:1: warning: unknown front-matter key 'titel'
                1 error, 1 warning

                """)),
            (BuildFailure.io(path: "site/en/index.html", message: "No space left on device"),
             .init(code: 74, errors: "site/en/index.html: error: No space left on device\n")),
            (BuildFailure.cannotListen(address: "127.0.0.1:1313", reason: "address already in use"),
             .init(code: 74, errors: "error: cannot listen on 127.0.0.1:1313: address already in use\n")),
            (BuildFailure.usage("refusing to overwrite content/mail/250.md"), .init(code: 64, errors: "error: refusing to overwrite content/mail/250.md\n")),
            (CleanExit.message("0.1.0"), .init(code: 0, output: "0.1.0\n")),
            (ExitCode(3), .init(code: 3)),
            (Broken(), .init(code: 70, errors: "error: internal failure: a value that should exist is missing\n")),
            (CancellationError(), .init(code: 70, errors: "error: internal failure: CancellationError()\n")),
        ]
        for (error, expected) in cases {
            XCTAssertEqual(ExitStatus.outcome(for: error), expected, "\(error)")
        }
    }

    func testUsageErrorsKeepArgumentParsersUsageLines() {
        let outcome = ExitStatus.outcome(for: ValidationError("--quiet and --verbose cannot be used together"))
        XCTAssertEqual(outcome.code, 64)
        XCTAssertEqual(outcome.output, "")
        XCTAssertTrue(outcome.errors.hasPrefix("error: --quiet and --verbose cannot be used together\nUsage: versus "), outcome.errors)
    }

    func testDiagnosticsAreColouredOnlyWhenAsked() {
        let failure = BuildFailure.invalidInput([Diagnostic.error("bad", path: "a.md", line: 1)])
        XCTAssertEqual(ExitStatus.outcome(for: failure, colour: true).errors, "a.md:1: \u{1B}[1;31merror:\u{1B}[0m bad\n1 error, 0 warnings\n")
    }
}
