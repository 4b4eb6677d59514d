/// Why a pipeline run stopped; maps onto the documented exit codes.
public enum BuildFailure: Error, Sendable {
    /// Content or template problems (exit 1); every problem is listed.
    case invalidInput([Diagnostic])
    /// Reading or writing files failed (exit 74).
    case io(path: String, message: String)
    /// `serve` cannot listen on `address` (`127.0.0.1:1313`) for `reason` ("address already in use") (exit 74).
    case cannotListen(address: String, reason: String)
    /// Usage problem such as a dangerous output folder (exit 64).
    case usage(String)

    /// The process exit code `versus` ends with for this failure: 1, 74 or 64 (70 is an internal error, never a
    /// `BuildFailure`).
    public var exitCode: Int32 {
        switch self {
        case .invalidInput: return 1
        case .io, .cannotListen: return 74
        case .usage: return 64
        }
    }
}
