import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix
import VersusDiagnostics

/// One answer of `versus serve`: an HTTP status code, a media type, the body, and where a redirect leads.
struct ServeResponse: Sendable {
    var status: Int
    var contentType: String
    var location: String? = nil
    var body: Data
}

/// The HTTP/1.1 listener of `versus serve`, the only part that knows the server library (SwiftNIO's NIOHTTP1): it
/// answers each request with `respond(path)`, where path is the request target's path, percent-encoded as sent.
/// HEAD gets the headers GET would, without the body.
struct HTTPListener: Sendable {
    let host: String
    let port: UInt16

    private typealias Connection = NIOAsyncChannel<HTTPServerRequestPart, HTTPServerResponsePart>

    /// Why `host` cannot be listened on ("--host must be an IPv4 address such as 127.0.0.1, not 'localhost'"), or nil
    /// when it is an IPv4 address.
    static func hostProblem(_ host: String) -> String? {
        var address = in_addr()
        return inet_pton(AF_INET, host, &address) == 1 ? nil : "--host must be an IPv4 address such as 127.0.0.1, not '\(host)'"
    }

    /// Listens, runs `whileListening` with the port bound (the system's choice for port 0) once the socket accepts
    /// connections, and answers requests until
    /// `whileListening` returns or the task is cancelled. Throws `BuildFailure.usage` for a host that is not an IPv4
    /// address and `BuildFailure.cannotListen` when it cannot listen there (the port is taken, the address is not this
    /// machine's).
    func run(respond: @escaping @Sendable (String) async -> ServeResponse,
             whileListening: @escaping @Sendable (UInt16) async throws -> Void) async throws {
        if let problem = Self.hostProblem(host) { throw BuildFailure.usage(problem) }
        let server: NIOAsyncChannel<Connection, Never>
        do {
            server = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
                .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
                .bind(to: try SocketAddress(ipAddress: host, port: Int(port))) { channel in
                    channel.eventLoop.makeCompletedFuture {
                        try channel.pipeline.syncOperations.configureHTTPServerPipeline()
                        return try Connection(wrappingChannelSynchronously: channel)
                    }
                }
        } catch let error as IOError {
            throw BuildFailure.cannotListen(address: "\(host):\(port)", reason: Self.reason(error.errnoCode))
        }
        do {
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await Self.accept(on: server, respond: respond) }
                let bound = server.channel.localAddress?.port.map(UInt16.init) ?? port
                group.addTask { try await whileListening(bound) }
                try await group.next()
                group.cancelAll()
            }
        } catch {
            if Task.isCancelled { return }
            throw error
        }
    }

    /// "address already in use": the system's words for the failure, in lower case to follow the address.
    private static func reason(_ code: Int32) -> String {
        let message = String(cString: strerror(code))
        return message.prefix(1).lowercased() + message.dropFirst()
    }

    private static func accept(on server: NIOAsyncChannel<Connection, Never>,
                               respond: @escaping @Sendable (String) async -> ServeResponse) async throws {
        try await withThrowingDiscardingTaskGroup { group in
            try await server.executeThenClose { connections in
                for try await connection in connections {
                    // A client that goes away mid-request ends its own connection, never the server.
                    group.addTask { try? await answer(connection, respond: respond) }
                }
            }
        }
    }

    private static func answer(_ connection: Connection, respond: @Sendable (String) async -> ServeResponse) async throws {
        try await connection.executeThenClose { requests, responses in
            var request: HTTPRequestHead?
            for try await part in requests {
                switch part {
                case .head(let head): request = head
                case .body: continue
                case .end:
                    guard let head = request else { continue }
                    let answer = head.method == .GET || head.method == .HEAD
                        ? await respond(path(of: head.uri))
                        : ServeResponse(status: 405, contentType: "text/plain; charset=utf-8", body: Data("Method not allowed\n".utf8))
                    var headers = HTTPHeaders()
                    headers.add(name: "Content-Type", value: answer.contentType)
                    if let location = answer.location { headers.add(name: "Location", value: location) }
                    if answer.status == 405 { headers.add(name: "Allow", value: "GET, HEAD") }
                    headers.add(name: "Content-Length", value: String(answer.body.count))
                    headers.add(name: "Cache-Control", value: "no-store")
                    if !head.isKeepAlive { headers.add(name: "Connection", value: "close") }
                    let status = HTTPResponseStatus(statusCode: answer.status)
                    try await responses.write(.head(HTTPResponseHead(version: head.version, status: status, headers: headers)))
                    if head.method != .HEAD { try await responses.write(.body(.byteBuffer(ByteBuffer(bytes: answer.body)))) }
                    try await responses.write(.end(nil))
                    if !head.isKeepAlive { return }
                    request = nil
                }
            }
        }
    }

    /// The path of a request target as sent, percent-encoding kept: "/en/a%20b.html?x#y" gives "/en/a%20b.html", and
    /// the absolute form "http://127.0.0.1:1313/en/" gives "/en/".
    static func path(of target: String) -> String {
        var rest = Substring(target)
        if let scheme = rest.range(of: "://"), !rest[..<scheme.lowerBound].contains("/") {
            let authority = rest[scheme.upperBound...]
            rest = authority.firstIndex(of: "/").map { authority[$0...] } ?? "/"
        }
        let end = rest.firstIndex(where: { $0 == "?" || $0 == "#" }) ?? rest.endIndex
        return String(rest[..<end])
    }
}
