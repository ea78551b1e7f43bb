import Foundation

/// The outcome in words for one applicant: final outcomes as decided, provisional ones as what
/// would happen if nothing changes; and, for a ranked submission, what the award step did with it
/// (without repeating its rank and total, which the line above gives).
extension AssessmentSummary {
    var isProvisional: Bool { decision.status == .provisional }

    func headline() -> String {
        let provisional = isProvisional
        switch result.status {
        case .awarded:
            let amount = result.awarded.map(money) ?? "–"
            return provisional
                ? "Provisionally successful: you would be awarded \(amount) if nothing changes."
                : "Successful: awarded \(amount)."
        case .notAwarded:
            guard successful != nil else {
                return provisional
                    ? "Provisionally not successful: no award would be made if nothing changes."
                    : "Not successful: no award was made."
            }
            return provisional
                ? "Provisionally not successful: if nothing changes, the contract would be awarded to a higher-ranked submission."
                : "Not successful: the contract was awarded to a higher-ranked submission."
        case .notFunded:
            return provisional
                ? "Provisionally not funded: if nothing changes, you would not be funded."
                : "Not funded."
        case .ineligible:
            return result.gates.contains { !$0.passed }
                ? "Not eligible: the submission did not pass every eligibility gate, so it was not scored."
                : "Not eligible: the submission passed every eligibility gate, but a value the rubric needs could not be worked out from it, so it was not scored."
        case .belowThreshold:
            return provisional
                ? "Provisionally not successful: if nothing changes, the submission does not reach a quality threshold."
                : "Not successful: the submission did not reach a quality threshold."
        case .rejected:
            return
                "Not successful: the submission was excluded after clarification of an abnormally low value."
        }
    }

    /// What the award step did with a ranked submission, as a sentence; nil for the others (their
    /// reasons are given as the decision record words them).
    func awardStepSentence() -> String? {
        let would = isProvisional ? "would be" : "was"
        switch (result.status, rubric.award.mode) {
        case (.awarded, .single):
            return
                "As the highest-ranked submission, the contract \(would) awarded to you for \(result.awarded.map(money) ?? "–")."
        case (.awarded, .allocation):
            let left = context.remainingAfter[result.id].map(money) ?? "–"
            return
                "Your grant of \(result.awarded.map(money) ?? "–") \(would) made in rank order; \(left) of the budget \(isProvisional ? "would be" : "was") left after it."
        case (.notFunded, _):
            if let minimum = rubric.award.minimumTotal, let total = result.total,
                ScoreThreshold.isBelow(total, minimum)
            {
                return
                    "Your total is below the minimum total of \(NumberText.plain(minimum)) points for funding."
            }
            let left = context.remainingBefore[result.id].map(money) ?? "–"
            return
                "The amount requested, \(result.amount.map(money) ?? "–"), did not fit the \(left) of the budget left when your application was reached in rank order."
        case (.notAwarded, _):
            return successful == nil
                ? result.reasons.first.map { Self.sentence(context.reasonWords.text($0)) }
                : "The contract \(isProvisional ? "would go" : "goes") to the highest-ranked submission."
        default:
            return nil
        }
    }

    /// The note at the top of a summary of a provisional decision: a draft, not to be sent, and
    /// what is still open, in words that name no other applicant.
    func draftNote() -> [Block] {
        guard isProvisional else { return [] }
        let open = OpenItemsText.sentences(
            decision.blocking, rubric: rubric, recipient: result.id, leading: successful?.id)
        return [
            .callout(
                kind: .warning,
                [
                    .paragraph([
                        .strong("Draft: not to be sent. "),
                        .text(
                            "The panel has not yet finalised this decision. The outcome below is what would happen if nothing changes, and it may change. Still open:"
                        ),
                    ]),
                    .bulletList(open.map { [.text($0)] }),
                ])
        ]
    }

    /// How grants were made, as true of this round: whether the budget ran out, the lowest total
    /// funded, and what was left.
    func allocationIntroduction(forFunded funded: Bool) -> String {
        let left = money(decision.remainingBudget)
        let verb = isProvisional ? "would be" : "were"
        var text: String
        if context.budgetRanOut {
            text =
                "Grants \(verb) made in rank order while the budget lasted: an application whose request did not fit in what was left was passed over and the next one considered."
        } else {
            text = "Every ranked application \(isProvisional ? "would be" : "was") funded."
        }
        if let line = context.fundingLine {
            text += " The lowest total funded is \(AwardRationale.points(line)) points"
            text += "; \(left) of the budget \(isProvisional ? "would be" : "was") left."
        }
        if funded {
            return "Your application \(isProvisional ? "would be" : "was") funded. " + text
        }
        return text + " The highest-ranked funded submission's points are shown for comparison."
    }
}
