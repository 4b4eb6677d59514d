/// What a class of codes means for the client; a closed list (see docs/content-format.md).
package enum Outcome: String, Sendable, CaseIterable {
    case informational, success, intermediate, redirection
    case transientFailure = "transient-failure", permanentFailure = "permanent-failure"
    case clientError = "client-error", serverError = "server-error", protected

    /// The advice a code of this outcome gets unless its entry sets `retry`.
    package var defaultRetry: RetryAdvice {
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

    /// The advice an entry of this outcome may set: anything else would contradict what the class says
    /// (success advice on an error, "give up" on a temporary failure). Documented in docs/content-format.md.
    package var allowedRetry: [RetryAdvice] {
        switch self {
        case .informational: return [.wait, .continue]
        case .success: return [.none, .checkLater]
        case .intermediate: return [.continue]
        case .redirection: return [.follow, .useCache, .treatAsClass]
        case .transientFailure: return [.later, .fixFirst]
        case .permanentFailure: return [.fixFirst, .giveUp, .follow]
        case .clientError: return [.fixFirst, .giveUp, .later, .treatAsClass]
        case .serverError: return [.later, .fixFirst, .giveUp]
        case .protected: return [.decode, .verify, .decrypt]
        }
    }
}

/// What a client should do after receiving a code.
package enum RetryAdvice: String, Sendable, CaseIterable {
    /// Wait for the final reply (1xx).
    case wait
    /// Nothing to repeat: the step succeeded.
    case none
    /// Accepted but not finished: look for the outcome later (HTTP 202).
    case checkLater = "check-later"
    /// Send the next part of the exchange.
    case `continue`
    /// Go where the reply points.
    case follow
    /// Use the stored copy, which is still valid (HTTP 304).
    case useCache = "use-cache"
    /// Repeat later; the condition should clear.
    case later
    /// Change something before repeating; the same request fails again.
    case fixFirst = "fix-first"
    /// Do not repeat: the request will keep failing whatever the client changes.
    case giveUp = "give-up"
    /// Treat the code as its class's generic code: it has no meaning of its own (a reserved code).
    case treatAsClass = "treat-as-class"
    /// Decode a protected reply to read the reply inside (RFC 2228).
    case decode
    /// Check a reply's integrity protection and decode it (RFC 2228 631).
    case verify
    /// Decrypt a confidentiality-protected reply (RFC 2228 632, 633).
    case decrypt
}
