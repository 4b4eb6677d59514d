import Foundation
import Yams
import XCTest

/// The recipes of docs/scale-out.md parse as YAML, and every `versus` command in them uses real flags and values.
final class ScaleOutRecipeTests: XCTestCase {
    private var recipes: [String] {
        get throws {
            let text = try Fixture.read(Fixture.repository.appendingPathComponent("docs/scale-out.md").path)
            return text.components(separatedBy: "```yaml\n").dropFirst().map { $0.components(separatedBy: "\n```")[0] }
        }
    }

    func testRecipesParseAsYAML() throws {
        let recipes = try recipes
        XCTAssertEqual(recipes.count, 3)
        for recipe in recipes {
            XCTAssertNotNil(try Yams.compose(yaml: recipe), recipe)
        }
        XCTAssertTrue(recipes[0].contains("completionMode: Indexed") && recipes[0].contains("VERSUS_SHARDS"))
        XCTAssertTrue(recipes[1].contains("matrix:") && recipes[1].contains("actions/deploy-pages"))
        XCTAssertTrue(recipes[2].contains("parallel: 4"))
    }

    /// Each `versus build ...` line, with GitHub's `${{ matrix.shard }}` as 1, is accepted by the real command line.
    func testRecipeCommandsUseRealFlags() throws {
        let folder = try Fixture.temporaryFolder(self)
        _ = try Fixture.copy("basic", into: folder)
        try FileManager.default.createDirectory(atPath: folder + "/templates", withIntermediateDirectories: true)
        var commands: [[String]] = []
        for recipe in try recipes {
            for line in recipe.components(separatedBy: "\n") where line.contains("versus") && line.contains("build") {
                if let start = line.range(of: "[\"versus\", ") {
                    let list = line[start.lowerBound...].dropFirst().prefix { $0 != "]" }
                    commands.append(list.components(separatedBy: ", ").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\"")) })
                } else if let start = line.range(of: "versus build ") {
                    commands.append(line[start.lowerBound...].replacingOccurrences(of: "${{ matrix.shard }}", with: "1").split(separator: " ").map(String.init))
                }
            }
        }
        XCTAssertEqual(commands.count, 3, "\(commands)")
        for command in commands {
            let arguments = Array(command.dropFirst()).map { $0 == "/site" ? "out" : $0 }
            var environment = ["VERSUS_SHARDS": "4", "JOB_COMPLETION_INDEX": "0"]
            if !command.contains("--content") { environment = ["CI_NODE_INDEX": "1", "CI_NODE_TOTAL": "4"] }
            let run = try VersusProcess.run(arguments, in: folder, environment: environment)
            XCTAssertEqual(run.status, 0, "\(arguments): \(run.errors)")
        }
    }
}
