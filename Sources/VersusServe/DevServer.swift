import FlyingFox
import FlyingSocks
import Foundation
import VersusDiagnostics
import VersusFiles
import VersusBuild

/// `versus serve`: build, serve the output on loopback, watch content and templates, rebuild on change.
/// A failed rebuild keeps the last good site and shows its diagnostics in the terminal and the page.
public actor DevServer {
    private let options: BuildOptions
    private let host: String
    private let port: UInt16
    private let log: @Sendable (String) -> Void
    private var status = ServeStatus(generation: 0, errors: [])
    private var lastSignature = ""

    /// `host` is an IPv4 address (`127.0.0.1` by default in the CLI), `port` a TCP port; `log` receives one line per
    /// event (build done, rebuild failed, listening) from any task.
    public init(options: BuildOptions, host: String, port: UInt16, log: @escaping @Sendable (String) -> Void) {
        self.options = options
        self.host = host
        self.port = port
        self.log = log
    }

    /// Runs until cancelled; throws `BuildFailure.io` naming the address when it cannot listen there.
    public func run() async throws {
        lastSignature = FolderSignature.of([options.contentDirectory, options.templatesDirectory]).text
        rebuild()
        let address = try sockaddr_in.inet(ip4: host, port: port)
        let handler = SiteRequestHandler(root: options.outputDirectory) { [weak self] in
            await self?.currentStatus() ?? ServeStatus(generation: 0, errors: [])
        }
        let server = HTTPServer(address: address, logger: .disabled, handler: handler)
        log("Serving \(options.outputDirectory)/ at http://\(host):\(port)/ (Ctrl-C to stop)")
        do {
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await server.run() }
                group.addTask { try await self.watch() }
                try await group.next()
                group.cancelAll()
            }
        } catch let error as SocketError {
            // Listening failed (the port is taken, the address is not this machine's): an I/O failure, exit 74.
            var reason = error.errorDescription ?? "\(error)"
            if case .failed(_, _, let message) = error { reason = message }
            throw BuildFailure.io(path: "http://\(host):\(port)/", message: "cannot listen: \(reason)")
        }
    }

    func currentStatus() -> ServeStatus { status }

    private func watch() async throws {
        while !Task.isCancelled {
            try await Task.sleep(nanoseconds: 150_000_000)
            let signature = FolderSignature.of([options.contentDirectory, options.templatesDirectory]).text
            if signature != lastSignature {
                lastSignature = signature
                rebuild()
            }
        }
    }

    private func rebuild() {
        do {
            let report = try SiteBuilder.build(options)
            status = ServeStatus(generation: status.generation + 1, errors: report.diagnostics.map(\.description))
            log(String(format: "Rebuilt: %d files written in %.2f s", report.filesWritten, report.seconds))
            for diagnostic in report.diagnostics { log(diagnostic.description) }
        } catch BuildFailure.invalidInput(let diagnostics) {
            status.errors = diagnostics.map(\.description)
            for diagnostic in diagnostics { log(diagnostic.description) }
            log("Keeping the last good site until these \(diagnostics.errorCount) errors are fixed")
        } catch {
            status.errors = ["\(error)"]
            log("error: \(error)")
        }
    }
}
