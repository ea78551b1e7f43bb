/// Checks a decision the chair is about to record against the round: known ids, a moderated score
/// on the scale and only for a panel-scored criterion, a clarification only where a value was
/// flagged abnormally low, a conflict ruling only where a finding exists, and a rationale.
public struct DecisionEditCheck {
    let round: LoadedRound
    let decision: Decision

    public init(round: LoadedRound, decision: Decision) {
        self.round = round
        self.decision = decision
    }

    /// Every reason the edit cannot be recorded (empty when it can). `override` allows what is
    /// unusual but may be right: a moderation of scores that agree within `maxSpread`.
    public func problems(with edit: DecisionEdit, override: Bool = false) -> [String] {
        switch edit {
        case .moderation(let submission, let criterion, let score, let rationale):
            var problems = known(submission: submission) + rationaleProblems(rationale)
            problems += criterionProblems(criterion, quantitative: false)
            if problems.isEmpty, !override,
                let reason = moderationIsUnusual(submission: submission, criterion: criterion)
            {
                problems.append(reason)
            }
            let scale = round.rubric.scale
            if score.doubleValue < scale.min || score.doubleValue > scale.max {
                problems.append(
                    "the score \(NumberText.decimal(score)) is outside the scale \(NumberText.plain(scale.min)) to \(NumberText.plain(scale.max))"
                )
            }
            return problems
        case .clarification(let submission, let criterion, _, let rationale):
            var problems =
                known(submission: submission) + rationaleProblems(rationale)
                + criterionProblems(criterion, quantitative: true)
            if problems.isEmpty, !isFlagged(submission: submission, criterion: criterion) {
                problems.append(
                    "'\(submission)' has no abnormally low value on '\(criterion)', so there is nothing to clarify"
                )
            }
            return problems
        case .conflict(let evaluator, let submission, _, let rationale):
            var problems = known(submission: submission) + rationaleProblems(rationale)
            if case .failure(let error) = ScoringAssignments.evaluatorIndex(
                evaluator, in: round.panel)
            {
                problems.append(error.message)
            }
            if problems.isEmpty, !hasFinding(evaluator: evaluator, submission: submission) {
                problems.append(
                    "there is no conflict-of-interest finding for evaluator '\(evaluator)' and submission '\(submission)' (see 'tender conflicts'), so there is nothing to rule on"
                )
            }
            return problems
        }
    }

    private func known(submission: String) -> [String] {
        let ids = round.submissions.map(\.id)
        return ids.contains(submission)
            ? []
            : [
                "unknown submission '\(submission)'\(EditDistance.didYouMean(submission, among: ids))"
            ]
    }

    private func criterionProblems(_ id: String, quantitative: Bool) -> [String] {
        guard let criterion = round.rubric.criteria.first(where: { $0.id == id }) else {
            let ids = round.rubric.criteria.filter { ($0.quantitative != nil) == quantitative }.map(
                \.id)
            return ["unknown criterion '\(id)'\(EditDistance.didYouMean(id, among: ids))"]
        }
        if quantitative, criterion.isQuality {
            return [
                "criterion '\(id)' is scored by the panel; clarifications answer abnormally low values of calculated criteria"
            ]
        }
        if !quantitative, !criterion.isQuality {
            return [
                "criterion '\(id)' is calculated by the rubric's rule, so it cannot be moderated"
            ]
        }
        return []
    }

    private func rationaleProblems(_ rationale: String) -> [String] {
        rationale.trimmingWhitespace().isEmpty
            ? ["the rationale is empty: say why, in words the panel chair would sign"] : []
    }

    private func isFlagged(submission: String, criterion: String) -> Bool {
        decision.submissions.first { $0.id == submission }?.flags.contains {
            $0.kind == .abnormallyLow && $0.criterion == criterion
        } ?? false
    }

    private func hasFinding(evaluator: String, submission: String) -> Bool {
        decision.conflicts.findings.contains {
            $0.evaluator == evaluator && $0.submission == submission
                && $0.outcome != .lapsed
        }
    }
}
