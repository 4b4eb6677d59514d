import FlyingFox
import FlyingSocks
import Foundation
import VersusDiagnostics

/// One answer of `versus serve`: an HTTP status code, a media type and the body.
struct ServeResponse: Sendable {
    var status: Int
    var contentType: String
    var body: Data
}

/// The HTTP/1.1 listener of `versus serve`, the only part that knows the server library: it answers each request
/// with `respond(path)`, where path is the request target's path, percent-encoded as sent.
struct HTTPListener: Sendable {
    let host: String
    let port: UInt16

    /// Why `host` cannot be listened on ("--host must be an IPv4 address such as 127.0.0.1, not 'localhost'"), or nil
    /// when it is an IPv4 address.
    static func hostProblem(_ host: String) -> String? {
        (try? sockaddr_in.inet(ip4: host, port: 0)) == nil ? "--host must be an IPv4 address such as 127.0.0.1, not '\(host)'" : nil
    }

    /// Listens, runs `whileListening` once the socket accepts connections, and answers requests until
    /// `whileListening` returns or the task is cancelled. Throws `BuildFailure.usage` for a host that is not an IPv4
    /// address and `BuildFailure.cannotListen` when it cannot listen there (the port is taken, the address is not this
    /// machine's).
    func run(respond: @escaping @Sendable (String) async -> ServeResponse,
             whileListening: @escaping @Sendable () async throws -> Void) async throws {
        if let problem = Self.hostProblem(host) { throw BuildFailure.usage(problem) }
        let address = try sockaddr_in.inet(ip4: host, port: port)
        let server = HTTPServer(address: address, logger: .disabled, handler: Handler(respond: respond))
        do {
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await server.run() }
                group.addTask {
                    try await server.waitUntilListening(timeout: 60)
                    try await whileListening()
                }
                try await group.next()
                group.cancelAll()
            }
        } catch {
            if Task.isCancelled { return }
            guard let socketError = error as? SocketError else { throw error }
            throw BuildFailure.cannotListen(address: "\(host):\(port)", reason: Self.reason(socketError))
        }
    }

    /// "address already in use": the system's words for the failure, in lower case to follow the address.
    private static func reason(_ error: SocketError) -> String {
        guard case .failed(_, let code, _) = error else { return error.errorDescription ?? "\(error)" }
        let message = String(cString: strerror(code))
        return message.prefix(1).lowercased() + message.dropFirst()
    }

    private struct Handler: HTTPHandler {
        let respond: @Sendable (String) async -> ServeResponse

        func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
            let answer = await respond(request.target.path())
            return HTTPResponse(statusCode: HTTPStatusCode(answer.status, phrase: answer.status == 200 ? "OK" : "Not Found"),
                                headers: [.contentType: answer.contentType, .cacheControl: "no-store"], body: answer.body)
        }
    }
}
