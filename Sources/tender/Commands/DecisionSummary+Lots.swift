import TenderKit

/// The lines `tender evaluate` adds for lots and the standstill period.
extension DecisionSummary {
    /// "  lot Middlesbrough" after an award in a round divided into lots; "" otherwise.
    static func lotSuffix(_ result: SubmissionResult, round: LoadedRound) -> String {
        guard let lot = result.lot else { return "" }
        return "  lot " + (round.round.lots.first { $0.id == lot }?.title ?? lot)
    }

    /// A line per lot nobody was awarded, and the standstill dates of a final decision.
    static func lotAndStandstillLines(_ decision: Decision, round: LoadedRound) -> [String] {
        var lines: [String] = []
        for (lot, result) in zip(round.round.lots, decision.lots) {
            guard let why = result.noAward else { continue }
            lines.append("  " + LotWords.noAward(why, lot: lot))
        }
        if let standstill = decision.standstill {
            lines.append(
                "Standstill: the award notice is published \(standstill.noticeDate); the standstill ends \(standstill.ends); the contract may be entered into from \(standstill.earliestContractDate)."
            )
        }
        return lines
    }
}
