/// Evaluation: the fast path, and the traced path that explains itself.
extension RuleProgram {
    /// Evaluates the rule against one submission's scope. Pure: safe to call from many threads.
    public func evaluate(in scope: RuleScope) -> Result<RuleValue, RuleEvaluationError> {
        var interpreter = Interpreter(scope: scope, localSlots: localSlots, trace: NoTrace())
        do {
            return .success(try verified(interpreter.evaluate(root)))
        } catch {
            return .failure(error.publicError)
        }
    }

    /// Evaluates the rule and records every sub-expression's value, for rationales; `reference`
    /// names the rubric's rule, for the summary to point at where a text is too long to quote.
    /// Without `steps`, the explanation has its summary but no steps (a national round's gates
    /// need only the summary, 200,000 times).
    public func explain(in scope: RuleScope, reference: RuleReference? = nil, steps: Bool = true)
        -> RuleExplanation
    {
        var interpreter = Interpreter(
            scope: scope, localSlots: localSlots, trace: EvaluationRecorder(keepsEntries: steps))
        let outcome: Result<RuleValue, EvalFailure>
        do {
            outcome = .success(try verified(interpreter.evaluate(root)))
        } catch {
            outcome = .failure(error)
        }
        let recorder = interpreter.trace
        let steps = recorder.entries.map { entry in
            RuleExplanation.Step(
                text: entry.node.text, offset: entry.node.offset, value: try? entry.outcome.get(),
                lambdaDepth: entry.lambdaDepth)
        }
        let summary = ExplanationSummary(recorder: recorder, reference: reference).sentence(
            for: root, outcome: outcome)
        return RuleExplanation(
            result: outcome.mapError(\.publicError), steps: steps, summary: summary)
    }

    /// The value, if it is what the slot needs; a statically unknown type is checked here.
    private func verified(_ value: RuleValue) throws(EvalFailure) -> RuleValue {
        guard !ResultTypeCheck.accepts(value, expecting: expectedType) else { return value }
        if case .null = value { throw .null(root) }
        let message = ResultTypeCheck.mismatchMessage(
            expecting: expectedType, found: root.describing(value))
        throw EvalFailure(
            kind: .invalid, message: message, path: root.pathText, offset: 0, nodeID: root.id)
    }
}
