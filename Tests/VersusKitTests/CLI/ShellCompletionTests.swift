import Foundation
import XCTest

/// `versus --generate-completion-script bash|zsh|fish`, as shipped in the release tarball: each script completes every
/// subcommand and a subcommand's flags. (The man page is checked on the tarball by `make test-dist`.)
final class ShellCompletionTests: XCTestCase {
    private let subcommands = ["build", "check", "serve", "new", "init"]

    private func script(for shell: String) throws -> String {
        let run = try VersusProcess.run(["--generate-completion-script", shell], in: try Fixture.temporaryFolder(self))
        XCTAssertEqual(run.status, 0, run.errors)
        XCTAssertEqual(run.errors, "")
        return run.output
    }

    func testBashOffersEverySubcommandAndTheirFlags() throws {
        let script = try script(for: "bash")
        XCTAssertTrue(script.hasPrefix("#!/bin/bash\n"))
        XCTAssertTrue(script.contains("compgen -W 'build check serve new init help'"), script)
        for subcommand in subcommands { XCTAssertTrue(script.contains("\n_versus_\(subcommand)() {\n"), subcommand) }
        XCTAssertTrue(script.contains("non_repeating_options=(--content --templates --base-url --port --host)"), script)
    }

    func testZshOffersEverySubcommandAndTheirFlags() throws {
        let script = try script(for: "zsh")
        XCTAssertTrue(script.hasPrefix("#compdef versus\n"), String(script.prefix(40)))
        for subcommand in subcommands {
            XCTAssertTrue(script.contains("'\(subcommand):"), subcommand)
            XCTAssertTrue(script.contains("\n_versus_\(subcommand)() {\n"), subcommand)
        }
        XCTAssertTrue(script.contains("'--port[The port to listen on.]:port:'"), script)
    }

    func testFishOffersEverySubcommandAndTheirFlags() throws {
        let script = try script(for: "fish")
        for subcommand in subcommands {
            XCTAssertTrue(script.contains("-fa '\(subcommand)' -d '"), subcommand)
            XCTAssertTrue(script.contains("\"versus \(subcommand)\""), subcommand)
        }
        XCTAssertTrue(script.contains("\"versus serve\" port' -l 'port' -d 'The port to listen on.'"), script)
    }

    func testAnUnknownShellIsAUsageError() throws {
        let run = try VersusProcess.run(["--generate-completion-script", "tcsh"], in: try Fixture.temporaryFolder(self))
        XCTAssertEqual(run.status, 64)
        XCTAssertTrue(run.errors.hasPrefix("error: Can't generate completion scripts for 'tcsh'.\n"), run.errors)
    }
}
