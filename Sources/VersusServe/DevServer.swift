import Foundation
import VersusDiagnostics
import VersusFiles
import VersusBuild

/// `versus serve`: load the site into memory, serve it on loopback, watch content and templates, and apply each
/// change. Pages are rendered when asked for, as a build would write them; nothing is written to disk. Sources with
/// errors keep the last good site and show their diagnostics in the terminal and the page.
public actor DevServer {
    private let options: BuildOptions
    private let host: String
    private let port: UInt16
    private let log: @Sendable (String) -> Void
    private var status = ServeStatus(generation: 0, errors: [])
    private var lastSignature: FolderSignature?
    private let site: ResidentSite

    /// `host` is an IPv4 address (`127.0.0.1` by default in the CLI), `port` a TCP port; `log` receives one line per
    /// event (build done, rebuild failed, listening) from any task.
    public init(options: BuildOptions, host: String, port: UInt16, log: @escaping @Sendable (String) -> Void) {
        self.options = options
        self.host = host
        self.port = port
        self.log = log
        site = ResidentSite(options: options)
    }

    /// Why `host` cannot be listened on ("--host must be an IPv4 address such as 127.0.0.1, not 'localhost'"), or nil
    /// when it is an IPv4 address.
    public static func hostProblem(_ host: String) -> String? { HTTPListener.hostProblem(host) }

    /// Loads, listens and reloads on change until its task is cancelled (Ctrl-C), then returns. Throws
    /// `BuildFailure.usage` for a host that is not an IPv4 address and `BuildFailure.cannotListen` naming the address
    /// when it cannot listen there (the port is taken, the address is not this machine's).
    public func run() async throws {
        if let problem = Self.hostProblem(host) { throw BuildFailure.usage(problem) }
        // Nothing to serve or watch: the same error a build gives, before anything is written.
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: options.contentDirectory, isDirectory: &isFolder), isFolder.boolValue else {
            throw BuildFailure.invalidInput([Diagnostic(.error, "content folder not found", path: DisplayPath.of(options.contentDirectory))])
        }
        lastSignature = FolderSignature.of([options.contentDirectory, options.templatesDirectory])
        rebuild()
        let responder = SiteResponder(site: site) { [weak self] in
            await self?.currentStatus() ?? ServeStatus(generation: 0, errors: [])
        }
        try await HTTPListener(host: host, port: port).run(respond: { await responder.respond(to: $0) }, whileListening: { bound in
            self.log("Serving \(self.options.contentDirectory)/ at http://\(self.host):\(bound)/ (Ctrl-C to stop)")
            try await self.watch()
        })
    }

    func currentStatus() -> ServeStatus { status }

    private func watch() async throws {
        while !Task.isCancelled {
            try await Task.sleep(nanoseconds: 50_000_000)
            let signature = FolderSignature.of([options.contentDirectory, options.templatesDirectory])
            if signature.needsReading(since: lastSignature) {
                lastSignature = signature
                rebuild()
            }
        }
    }

    private func rebuild() {
        do {
            let (diagnostics, seconds) = try site.reload()
            // Warnings go to the terminal; the page's overlay is for errors, which keep the last good site.
            status = ServeStatus(generation: status.generation + 1, errors: [])
            log(String(format: "Loaded in %.2f s", seconds))
            for diagnostic in diagnostics { log(diagnostic.description) }
        } catch BuildFailure.invalidInput(let diagnostics) {
            status.errors = diagnostics.map(\.description)
            for diagnostic in diagnostics { log(diagnostic.description) }
            let count = diagnostics.errorCount == 1 ? "this error is" : "these \(diagnostics.errorCount) errors are"
            log(status.generation == 0 ? "Nothing to serve until \(count) fixed" : "Keeping the last good site until \(count) fixed")
        } catch {
            status.errors = ["\(error)"]
            log("error: \(error)")
        }
    }
}
