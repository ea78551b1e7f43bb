import Foundation

/// Step 1 of the scoring model: the gates, then (for submissions that pass them) each
/// quantitative criterion's value and the award amount. A failed gate, a rule that cannot be
/// evaluated, a value that is not a usable number, or an award amount that is not positive makes
/// the submission ineligible, with every reason.
struct EligibilityCheck: Sendable {
    var gates: [GateResult] = []
    /// The value of each criterion, by rubric criterion index (nil for panel-scored criteria).
    var values: [Decimal?]
    var amount: Decimal?
    var reasons: [SubmissionReason] = []

    var isEligible: Bool { reasons.isEmpty }

    /// The submission, round and rubric are borrowed, and the gates and criteria read in place:
    /// copies would retain their strings and arrays, which every core shares, for each of a
    /// national round's 100,000 submissions.
    init(
        submission: borrowing Submission, round: borrowing Round, rubric: borrowing Rubric,
        stepBudget: Int = RuleLimits.maxEvaluationSteps
    ) {
        values = Array(repeating: nil, count: rubric.criteria.count)
        let scope = RuleScope(
            submission: submission.json, round: round.json, rubric: rubric.json,
            stepBudget: stepBudget)
        for index in rubric.gates.indices { checkGate(rubric.gates[index], scope: scope) }
        guard isEligible else { return }
        for index in rubric.criteria.indices {
            guard let quantitative = rubric.criteria[index].quantitative else { continue }
            values[index] = value(of: rubric.criteria[index], quantitative, scope: scope)
        }
        amount = awardAmount(rubric.award.amount, scope: scope)
        if !isEligible { amount = nil }
    }

    private mutating func checkGate(_ gate: Rubric.Gate, scope: RuleScope) {
        let explanation = gate.rule.explain(in: scope, steps: false)
        switch explanation.result {
        case .success(.bool(true)):
            gates.append(
                GateResult(
                    id: gate.id, passed: true, message: nil, explanation: explanation.summary))
        case .success(.bool(false)):
            fail(gate, problem: nil, explanation: explanation.summary)
        case .success(let other):
            fail(gate, problem: .notBoolean(other), explanation: explanation.summary)
        case .failure(let error):
            fail(
                gate, problem: .notEvaluated(error: error.message), explanation: explanation.summary
            )
        }
    }

    private mutating func fail(_ gate: Rubric.Gate, problem: GateProblem?, explanation: String) {
        gates.append(
            GateResult(
                id: gate.id, passed: false, message: gate.message, problem: problem,
                explanation: explanation))
        reasons.append(.failedGate(title: gate.title, message: gate.message, problem: problem))
    }

    private mutating func value(
        of criterion: Criterion, _ quantitative: Criterion.Quantitative, scope: RuleScope
    ) -> Decimal? {
        func unusable(_ why: SubmissionReason.UnusableNumber) -> Decimal? {
            reasons.append(.unusableValue(criterion: criterion.title, why))
            return nil
        }
        switch quantitative.value.evaluate(in: scope) {
        case .failure(let error):
            return unusable(.notEvaluated(error: error.message))
        case .success(.number(let number)) where number.isNaN:
            return unusable(.notFinite)
        case .success(.number(let number)):
            if quantitative.method != .linearRange, number <= 0 {
                return unusable(.notPositiveDivisor(number, method: quantitative.method))
            }
            return number
        case .success(let other):
            return unusable(.notNumber(other))
        }
    }

    private mutating func awardAmount(_ rule: RubricRule, scope: RuleScope) -> Decimal? {
        func unusable(_ why: SubmissionReason.UnusableNumber) -> Decimal? {
            reasons.append(.unusableAmount(why))
            return nil
        }
        switch rule.evaluate(in: scope) {
        case .failure(let error):
            return unusable(.notEvaluated(error: error.message))
        case .success(.number(let number)) where number.isNaN:
            return unusable(.notFinite)
        case .success(.number(let number)):
            let rounded = number.roundedToPenny
            if abs(rounded) >= MoneyBound.limit { return unusable(.tooLarge) }
            guard rounded > 0 else { return unusable(.notPositiveAmount(rounded)) }
            return rounded
        case .success(let other):
            return unusable(.notNumber(other))
        }
    }
}
