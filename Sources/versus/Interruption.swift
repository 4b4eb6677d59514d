import Dispatch
import Foundation

/// Ctrl-C (SIGINT) and SIGTERM cancel the running work instead of killing the process, so `serve` stops cleanly
/// and `versus` exits 0; a second signal ends the process at once (128 + the signal's number).
enum Interruption {
    static func cancelling(_ work: @escaping @Sendable () async throws -> Void) async throws {
        let task = Task { try await work() }
        let sources = [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                if task.isCancelled { exit(128 + number) }
                task.cancel()
            }
            source.resume()
            return source
        }
        defer { for source in sources { source.cancel() } }
        try await task.value
    }
}
