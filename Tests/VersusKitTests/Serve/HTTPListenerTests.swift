import Dispatch
import Foundation
import XCTest
import VersusDiagnostics
@testable import VersusServe

/// The HTTP/1.1 listener of `versus serve`, over a real loopback socket: the path reaches the responder as sent,
/// HEAD gets GET's headers without the body, requests on one connection are answered in order, and a taken port or a
/// host that is not an IPv4 address fails as the CLI reports it.
final class HTTPListenerTests: XCTestCase {
    private static func answer(_ path: String) -> ServeResponse {
        ServeResponse(status: path == "/missing" ? 404 : 200, contentType: "text/plain; charset=utf-8", body: Data("path=\(path)".utf8))
    }

    func testAnswersEachRequestOfAConnectionWithThePathAsSent() async throws {
        let port = try LoopbackPort().release()
        let requests = "GET /en/a%20b.html?x=1#top HTTP/1.1\r\nHost: t\r\n\r\n"
            + "HEAD /en/..%2f..%2fetc/passwd HTTP/1.1\r\nHost: t\r\n\r\n"
            + "GET http://127.0.0.1/missing HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n"
        let reply = Reply()
        try await HTTPListener(host: "127.0.0.1", port: port).run(respond: { Self.answer($0) }, whileListening: { bound in
            XCTAssertEqual(bound, port)
            reply.text = await RawClient.exchange(requests, port: port)
        })
        XCTAssertEqual(reply.text, """
            HTTP/1.1 200 OK\r
            Content-Type: text/plain; charset=utf-8\r
            Content-Length: 19\r
            Cache-Control: no-store\r
            \r
            path=/en/a%20b.htmlHTTP/1.1 200 OK\r
            Content-Type: text/plain; charset=utf-8\r
            Content-Length: 29\r
            Cache-Control: no-store\r
            \r
            HTTP/1.1 404 Not Found\r
            Content-Type: text/plain; charset=utf-8\r
            Content-Length: 13\r
            Cache-Control: no-store\r
            Connection: close\r
            \r
            path=/missing
            """)
    }

    /// Port 0 lets the system choose; the port it chose is the one reported, and it answers there.
    func testPortZeroReportsThePortBound() async throws {
        let reply = Reply()
        try await HTTPListener(host: "127.0.0.1", port: 0).run(respond: { Self.answer($0) }, whileListening: { bound in
            XCTAssertNotEqual(bound, 0)
            reply.text = await RawClient.exchange("GET /x HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n", port: bound)
        })
        XCTAssertTrue(reply.text.hasSuffix("\r\n\r\npath=/x"), reply.text)
    }

    func testPathOfARequestTarget() {
        XCTAssertEqual(HTTPListener.path(of: "/"), "/")
        XCTAssertEqual(HTTPListener.path(of: "/en/%2E%2E/x.html?q=a/b#f"), "/en/%2E%2E/x.html")
        XCTAssertEqual(HTTPListener.path(of: "http://127.0.0.1:1313/en/"), "/en/")
        XCTAssertEqual(HTTPListener.path(of: "http://127.0.0.1:1313"), "/")
        XCTAssertEqual(HTTPListener.path(of: "/a?b=http://c/d"), "/a")
    }

    func testATakenPortCannotBeListenedOn() async throws {
        let holder = try LoopbackPort()
        do {
            try await HTTPListener(host: "127.0.0.1", port: holder.port).run(respond: { Self.answer($0) }, whileListening: { _ in })
            XCTFail("listened on a taken port")
        } catch BuildFailure.cannotListen(let address, let reason) {
            XCTAssertEqual(address, "127.0.0.1:\(holder.port)")
            XCTAssertEqual(reason, "address already in use")
        }
    }

    func testOnlyIPv4AddressesAreHosts() {
        XCTAssertNil(HTTPListener.hostProblem("127.0.0.1"))
        XCTAssertNil(HTTPListener.hostProblem("0.0.0.0"))
        for host in ["localhost", "::1", "127.0.0", "127.0.0.256", ""] {
            XCTAssertEqual(HTTPListener.hostProblem(host), "--host must be an IPv4 address such as 127.0.0.1, not '\(host)'")
        }
    }
}

/// What the client read, handed out of the listener's task.
private final class Reply: @unchecked Sendable {
    var text = ""
}

/// A blocking HTTP client on its own thread (never the tasks' pool the listener answers on): sends the bytes, reads
/// until the server closes the connection.
private enum RawClient {
    static func exchange(_ request: String, port: UInt16) async -> String {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: exchangeNow(request, port: port)) }
        }
    }

    private static func exchangeNow(_ request: String, port: UInt16) -> String {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { return "connect failed: \(String(cString: strerror(errno)))" }
        let bytes = Array(request.utf8)
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes { send(descriptor, $0.baseAddress, $0.count, 0) }
            guard count > 0 else { return "send failed" }
            sent += count
        }
        var received = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            if count <= 0 { break }
            received += buffer[..<count]
        }
        return String(decoding: received, as: UTF8.self)
    }
}
