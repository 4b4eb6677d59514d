import Foundation
import VersusDiagnostics
import VersusFiles
import VersusModel
import VersusLoad
import VersusRender

/// Refuses output folders whose cleaning or overwriting could destroy the project or the system, or that a later
/// build would read back as input.
package enum OutputGuard {
    static func check(_ options: BuildOptions) throws {
        if let text = options.baseURL, let problem = SiteBuilder.baseURLProblem(text) { throw BuildFailure.usage(problem) }
        let output = FilePaths.resolved(options.outputDirectory)
        let home = FileManager.default.homeDirectoryForCurrentUser.standardizedFileURL.path
        if output == "/" || output == home {
            throw BuildFailure.usage("refusing to write the site into \(output): choose a dedicated output folder")
        }
        for (name, folder) in [("content", options.contentDirectory), ("templates", options.templatesDirectory)] {
            let protected = FilePaths.resolved(folder)
            if protected == output || protected.hasPrefix(output + "/") {
                throw BuildFailure.usage("refusing to write the site into \(DisplayPath.of(options.outputDirectory)): it is or contains the \(name) folder \(DisplayPath.of(folder))")
            }
            // Inside them, the next build would read the site as content, templates or assets.
            if output.hasPrefix(protected + "/") {
                throw BuildFailure.usage("refusing to write the site into \(DisplayPath.of(options.outputDirectory)): it is inside the \(name) folder \(DisplayPath.of(folder)), which the next build would read")
            }
        }
    }
}
