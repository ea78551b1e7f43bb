/// What an evaluation found, step by step, for the award rationale and for `explain`/`verify`.
public struct RuleExplanation: Sendable {
    public var result: Result<RuleValue, RuleEvaluationError>
    /// Each sub-expression evaluated, in evaluation order (operands before the operation that
    /// uses them), with its value; a step inside a lambda appears once per list item.
    public var steps: [Step]
    /// One line a panel chair can read: "submission.amountRequested 48,500 <= round.budget.amount 1,000,000: passed".
    public var summary: String
    /// The longest sub-expression an explanation quotes in full (UTF-8 bytes); a longer one is
    /// shown by its start and a pointer to the rule.
    public static let maxQuotedBytes = 120

    public struct Step: Sendable {
        /// The sub-expression as written in the rule.
        public var text: String
        /// UTF-8 byte offset of `text` in the rule.
        public var offset: Int
        /// Its value, or nil if evaluating it failed.
        public var value: RuleValue?
        /// How many lambdas enclose the step (0 outside `any`, `all`, `filter`, `map`, `sum` lambdas).
        public var lambdaDepth: Int

        public init(text: String, offset: Int, value: RuleValue?, lambdaDepth: Int = 0) {
            self.text = text
            self.offset = offset
            self.value = value
            self.lambdaDepth = lambdaDepth
        }
    }

    public init(result: Result<RuleValue, RuleEvaluationError>, steps: [Step], summary: String) {
        self.result = result
        self.steps = steps
        self.summary = summary
    }
}
