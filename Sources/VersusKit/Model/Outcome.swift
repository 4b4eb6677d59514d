/// What a class of codes means for the client; a closed list (see docs/content-format.md).
public enum Outcome: String, Sendable, CaseIterable {
    case informational, success, intermediate, redirection
    case transientFailure = "transient-failure", permanentFailure = "permanent-failure"
    case clientError = "client-error", serverError = "server-error", protected

    public var defaultRetry: RetryAdvice {
        switch self {
        case .informational: return .wait
        case .success: return .none
        case .intermediate: return .continue
        case .redirection: return .follow
        case .transientFailure, .serverError: return .later
        case .permanentFailure, .clientError: return .fixFirst
        case .protected: return .decode
        }
    }
}

/// What a client should do after receiving a code.
public enum RetryAdvice: String, Sendable, CaseIterable {
    case wait, none, `continue`, follow, later, fixFirst = "fix-first", decode
}
