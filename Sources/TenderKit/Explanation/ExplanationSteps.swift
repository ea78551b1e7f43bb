import Foundation

/// Builds the lines of a `SubmissionExplanation`, step by step of the scoring model.
struct ExplanationSteps {
    let decision: Decision
    let round: LoadedRound
    let result: SubmissionResult

    var rubric: Rubric { round.rubric }
    func number(_ value: Double) -> String { NumberText.plain(value) }

    func criteria() -> [SubmissionExplanation.Criterion] {
        guard result.status != .ineligible else { return [] }
        let scales = quantitativeScales()
        return zip(rubric.criteria.indices, rubric.criteria).map { index, criterion in
            let outcome = result.criteria[index]
            var entry = SubmissionExplanation.Criterion(
                id: criterion.id, title: criterion.title, weight: criterion.weight, steps: [],
                points: outcome.points, scores: [], excluded: [])
            if criterion.isQuality {
                qualitySteps(criterion, outcome, into: &entry)
            } else {
                entry.steps = quantitativeSteps(criterion, outcome, scale: scales[index])
            }
            return entry
        }
    }

    private func qualitySteps(
        _ criterion: Criterion, _ outcome: CriterionResult,
        into entry: inout SubmissionExplanation.Criterion
    ) {
        let scores = round.scores
        entry.scores = outcome.scoreRows.map { row in
            let row = Int(row)
            return (
                round.panel.evaluators[Int(scores.evaluators[row])].id, scores.scores[row],
                scores.comment(row)
            )
        }
        entry.excluded = outcome.excluded.map { index in
            let evaluator = round.panel.evaluators[index].id
            let finding = decision.conflicts.findings.first {
                $0.evaluator == evaluator && $0.submission == result.id
            }
            return (
                evaluator,
                finding.map {
                    "\($0.basis.rawValue) conflict (\(ConflictWords.outcome($0.outcome))): \($0.evidence)"
                }
                    ?? "excluded"
            )
        }
        entry.steps = entry.scores.map {
            "score \(number($0.score)) from \($0.evaluator): \($0.comment)"
        }
        entry.steps += entry.excluded.map { "excluded \($0.evaluator): \($0.reason)" }
        guard let consensus = outcome.consensus else {
            entry.steps.append("no independent score and no moderation: no points")
            return
        }
        let values = entry.scores.map { number($0.score) }.joined(separator: ", ")
        switch outcome.source {
        case .moderated:
            let rationale =
                round.moderationRationale(result.id, criterion.id).map { ": \($0)" } ?? ""
            entry.steps.append(
                "agreed score \(number(consensus)), moderated by the panel\(rationale)")
        case .median:
            entry.steps.append("agreed score = median of \(values) = \(number(consensus))")
        default:
            entry.steps.append("agreed score = mean of \(values) = \(number(consensus))")
        }
        if let spread = outcome.spread {
            entry.steps.append(
                "spread \(number(spread)) (maxSpread \(number(rubric.consensus.maxSpread)))")
        }
        let scale = rubric.scale
        entry.steps.append(
            "points = (\(number(consensus)) − \(number(scale.min))) ÷ (\(number(scale.max)) − \(number(scale.min))) × \(number(criterion.weight)) = \(number(outcome.points ?? 0))"
        )
        if let minimum = criterion.minimum {
            let met = !ScoreThreshold.isBelow(consensus, minimum)
            entry.steps.append("minimum \(number(minimum)): \(met ? "met" : "not met")")
        }
    }

    /// Each quantitative criterion's scale over the scored submissions (as step 7 made it).
    private func quantitativeScales() -> [QuantitativePoints?] {
        let scored = decision.submissions.filter { $0.total != nil }
        return rubric.criteria.indices.map { index in
            guard let quantitative = rubric.criteria[index].quantitative else { return nil }
            return QuantitativePoints(
                values: scored.map { $0.criteria[index].value?.doubleValue ?? 0 },
                quantitative: quantitative, weight: rubric.criteria[index].weight)
        }
    }

    private func quantitativeSteps(
        _ criterion: Criterion, _ outcome: CriterionResult, scale: QuantitativePoints?
    ) -> [String] {
        guard let quantitative = criterion.quantitative else { return [] }
        var steps = [
            "value = \(quantitative.value.text) = \(outcome.value.map { NumberText.decimal($0) } ?? "none")"
        ]
        guard let scale, let value = outcome.value?.doubleValue, let points = outcome.points else {
            steps.append("not scored against the others (no points)")
            return steps
        }
        let (v, best, worst, w) = (
            number(value), number(scale.best), number(scale.worst), number(criterion.weight)
        )
        let lower = quantitative.better == .lower
        steps.append(
            "\(quantitative.method.rawValue), \(lower ? "lower" : "higher") is better: best \(best), worst \(worst)"
        )
        let formula: String
        switch quantitative.method {
        case .ratioToBest: formula = lower ? "\(best) ÷ \(v) × \(w)" : "\(v) ÷ \(best) × \(w)"
        case .deviationFromBest:
            formula =
                lower
                ? "max(0, 1 − (\(v) − \(best)) ÷ \(best)) × \(w)"
                : "max(0, 1 − (\(best) − \(v)) ÷ \(best)) × \(w)"
        case .linearRange:
            formula =
                scale.best == scale.worst
                ? "best = worst, so the full \(w)"
                : lower
                    ? "(\(worst) − \(v)) ÷ (\(worst) − \(best)) × \(w)"
                    : "(\(v) − \(worst)) ÷ (\(best) − \(worst)) × \(w)"
        }
        steps.append("points = \(formula) = \(number(points))")
        return steps
    }
}

extension LoadedRound {
    /// The panel's moderation rationale for a submission and criterion, if any.
    func moderationRationale(_ submission: String, _ criterion: String) -> String? {
        decisions.moderation.first { $0.submission == submission && $0.criterion == criterion }?
            .rationale
    }
}
