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
    var reasons: [String] = []

    var isEligible: Bool { reasons.isEmpty }

    init(
        submission: Submission, round: Round, rubric: Rubric,
        stepBudget: Int = RuleLimits.maxEvaluationSteps
    ) {
        values = Array(repeating: nil, count: rubric.criteria.count)
        let scope = RuleScope(
            submission: submission.json, round: round.json, rubric: rubric.json,
            stepBudget: stepBudget)
        for gate in rubric.gates { checkGate(gate, scope: scope) }
        guard isEligible else { return }
        for (index, criterion) in rubric.criteria.enumerated() {
            guard let quantitative = criterion.quantitative else { continue }
            values[index] = value(of: criterion, quantitative, scope: scope)
        }
        amount = awardAmount(rubric.award.amount, scope: scope, currency: round.budget.currency)
        if !isEligible { amount = nil }
    }

    private mutating func checkGate(_ gate: Rubric.Gate, scope: RuleScope) {
        let explanation = gate.rule.explain(in: scope)
        switch explanation.result {
        case .success(.bool(true)):
            gates.append(
                GateResult(
                    id: gate.id, passed: true, message: nil, explanation: explanation.summary))
        case .success(.bool(false)):
            gates.append(
                GateResult(
                    id: gate.id, passed: false, message: gate.message,
                    explanation: explanation.summary))
            reasons.append("Failed gate '\(gate.title)': \(gate.message)")
        case .success(let other):
            let message =
                "\(gate.message) (the rule gave \(RuleValueText.describe(other)), not true or false)"
            gates.append(
                GateResult(
                    id: gate.id, passed: false, message: message, explanation: explanation.summary))
            reasons.append("Failed gate '\(gate.title)': \(message)")
        case .failure(let error):
            let message = "\(gate.message) (the rule could not be evaluated: \(error.message))"
            gates.append(
                GateResult(
                    id: gate.id, passed: false, message: message, explanation: explanation.summary))
            reasons.append("Failed gate '\(gate.title)': \(message)")
        }
    }

    private mutating func value(
        of criterion: Criterion, _ quantitative: Criterion.Quantitative, scope: RuleScope
    ) -> Decimal? {
        let what = "The value of '\(criterion.title)'"
        switch quantitative.value.evaluate(in: scope) {
        case .failure(let error):
            reasons.append("\(what) could not be evaluated: \(error.message)")
        case .success(.number(let number)) where number.isNaN:
            reasons.append("\(what) is not a finite number")
        case .success(.number(let number)):
            if quantitative.method != .linearRange, number <= 0 {
                reasons.append(
                    "\(what) is \(NumberText.decimal(number)), but \(quantitative.method.rawValue) divides by it, so it must be more than 0"
                )
                return nil
            }
            return number
        case .success(let other):
            reasons.append("\(what) is \(RuleValueText.describe(other)), not a number")
        }
        return nil
    }

    private mutating func awardAmount(_ rule: RubricRule, scope: RuleScope, currency: String)
        -> Decimal?
    {
        switch rule.evaluate(in: scope) {
        case .failure(let error):
            reasons.append("The award amount could not be evaluated: \(error.message)")
        case .success(.number(let number)) where number.isNaN:
            reasons.append("The award amount is not a finite number")
        case .success(.number(let number)):
            let rounded = number.roundedToPenny
            if abs(rounded) >= MoneyBound.limit {
                reasons.append(
                    "The award amount has more than \(MoneyBound.integerDigits) digits before the decimal point, more than tender can hold exactly"
                )
                return nil
            }
            guard rounded > 0 else {
                reasons.append(
                    "The award amount is \(MoneyText.format(rounded, currency: currency)); it must be more than zero"
                )
                return nil
            }
            return rounded
        case .success(let other):
            reasons.append("The award amount is \(RuleValueText.describe(other)), not a number")
        }
        return nil
    }
}
