// TEMPORARY: stands in for the rule language until it lands; the rule-language work deletes this
// file and implements the same API for real.

/// A parsed and checked rule, ready to evaluate many times.
public struct RuleProgram: Sendable {
    public let source: String
    public let resultType: RuleType

    /// Parses and checks `source`; `expecting` is the type the rubric slot needs (a gate: boolean).
    public static func compile(_ source: String, expecting: RuleType) throws(RuleCompileErrors) -> RuleProgram {
        throw RuleCompileErrors(errors: [RuleCompileError(offset: 0, message: "the rule language is not built yet")])
    }

    public func evaluate(in scope: RuleScope) -> Result<RuleValue, RuleEvaluationError> {
        .failure(RuleEvaluationError(message: "the rule language is not built yet", path: nil, offset: 0))
    }

    public func explain(in scope: RuleScope) -> RuleExplanation {
        RuleExplanation(result: evaluate(in: scope), steps: [], summary: "")
    }
}

/// Every problem found while compiling one expression.
public struct RuleCompileErrors: Error, Sendable {
    public var errors: [RuleCompileError]
}

/// What an evaluation found, step by step, for the award rationale.
public struct RuleExplanation: Sendable {
    public var result: Result<RuleValue, RuleEvaluationError>
    /// Each sub-expression evaluated, in evaluation order, with its value.
    public var steps: [Step]
    /// One line a panel chair can read: "submission.amountRequested 48,500 <= round.budget.amount 1,000,000: passed".
    public var summary: String

    public struct Step: Sendable {
        public var text: String
        public var offset: Int
        public var value: RuleValue?
    }
}
