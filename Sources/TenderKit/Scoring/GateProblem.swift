/// Why a gate's rule gave no answer, which fails the gate as surely as `false` does.
public enum GateProblem: Sendable, Equatable {
    /// The rule gave a value that is neither true nor false.
    case notBoolean(RuleValue)
    /// The rule could not be evaluated; the rule engine's message.
    case notEvaluated(error: String)
}
