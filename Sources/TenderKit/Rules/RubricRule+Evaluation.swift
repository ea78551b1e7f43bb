/// Evaluating a rubric's rule: its compiled program run against one submission's scope. A rule
/// that did not compile fails validation, so no round evaluates one; here it is a failure.
extension RubricRule {
    public func evaluate(in scope: RuleScope) -> Result<RuleValue, RuleEvaluationError> {
        guard let program else { return .failure(RubricRule.notCompiled) }
        return program.evaluate(in: scope)
    }

    /// The evaluation with every step recorded (unless `steps` is false), its summary naming the
    /// rule by `reference`.
    public func explain(in scope: RuleScope, steps: Bool = true) -> RuleExplanation {
        guard let program else {
            return RuleExplanation(result: .failure(RubricRule.notCompiled), steps: [], summary: "")
        }
        return program.explain(in: scope, reference: reference, steps: steps)
    }

    private static let notCompiled = RuleEvaluationError(
        message: "the rule did not compile", path: nil, offset: 0)
}
