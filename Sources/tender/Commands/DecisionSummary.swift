import TenderKit

/// The few lines `tender evaluate` prints on standard output: status, awards, remaining budget.
enum DecisionSummary {
    static func text(_ decision: Decision, round: LoadedRound) -> String {
        let currency = round.round.budget.currency
        var lines = [
            "\(round.round.id): \(decision.status.rawValue)"
                + (decision.blocking.isEmpty ? "" : " (\(decision.blocking.count) blocking)")
        ]
        let awarded = decision.submissions.filter { $0.status == .awarded }.sorted {
            ($0.rank ?? 0, $0.id) < ($1.rank ?? 0, $1.id)
        }
        if awarded.isEmpty {
            lines.append("No award.")
        }
        for result in awarded {
            lines.append(
                "  awarded  \(result.id)  \(result.organisation)  \(MoneyText.format(result.awarded ?? 0, currency: currency))"
                    + lotSuffix(result, round: round)
            )
        }
        lines.append(
            "Remaining budget: \(MoneyText.format(decision.remainingBudget, currency: currency))")
        lines += lotAndStandstillLines(decision, round: round)
        return lines.joined(separator: "\n")
    }
}
