import TenderKit

/// The few lines `tender evaluate` prints on standard output: status, awards (the first
/// `listedAwards` of them), remaining budget.
enum DecisionSummary {
    /// Awards listed one to a line; a national round's thousands are counted after these.
    static let listedAwards = 20

    static func text(_ decision: Decision, round: LoadedRound) -> String {
        let currency = round.round.budget.currency
        var lines = [
            "\(round.round.id): \(decision.status.rawValue)"
                + (decision.blocking.isEmpty ? "" : " (\(decision.blocking.count) blocking)")
        ]
        // Positions, not copies: a national round awards thousands.
        let submissions = decision.submissions
        let awarded = submissions.indices.filter { submissions[$0].status == .awarded }.sorted {
            SubmissionResult.isOrderedBefore(
                (submissions[$0].rank, submissions[$0].id),
                (submissions[$1].rank, submissions[$1].id))
        }
        if awarded.isEmpty {
            lines.append(
                decision.status == .provisional
                    ? "No award would be made if nothing changes." : "No award.")
        }
        // A provisional outcome is what would happen if nothing changes, never an award.
        let provisional = decision.status == .provisional
        let verb = provisional ? "would be awarded" : "awarded"
        for result in awarded.prefix(listedAwards).map({ submissions[$0] }) {
            lines.append(
                "  \(verb)  \(result.id)  \(result.organisation)  \(MoneyText.format(result.awarded ?? 0, currency: currency))"
                    + lotSuffix(result, round: round)
            )
        }
        if awarded.count > listedAwards {
            lines.append(
                "  … and \(awarded.count - listedAwards) more: the award rationale and decision.json list every award."
            )
        }
        lines.append(
            (provisional ? "Remaining budget if nothing changes: " : "Remaining budget: ")
                + MoneyText.format(decision.remainingBudget, currency: currency))
        lines += lotAndStandstillLines(decision, round: round)
        if provisional {
            lines.append(
                "Provisional: nothing is awarded until the blocking items are settled ('tender status')."
            )
        }
        return lines.joined(separator: "\n")
    }
}
