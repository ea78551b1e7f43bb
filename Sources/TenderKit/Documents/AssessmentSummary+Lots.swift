import Foundation

/// What an assessment summary says about the recipient's lot, in a round divided into lots.
extension AssessmentSummary {
    func lotTitle(_ id: String) -> String {
        round.round.lots.first { $0.id == id }?.title ?? id
    }

    /// The outcome's headline for a submission in a lot; nil outside lots (or for statuses the
    /// lot does not change).
    func lotHeadline() -> String? {
        guard let lot = result.lot else { return nil }
        let title = lotTitle(lot)
        switch result.status {
        case .awarded:
            return result.awarded.map { "Successful: awarded lot \(title) for \(money($0))." }
                ?? "Successful: awarded lot \(title)."
        case .notAwarded:
            if case .bidderAtLotLimit(let limit, let lots)? = result.passedOver {
                let won = lots.map(lotTitle).joined(separator: ", ")
                return
                    "Not successful in lot \(title): your submission ranked \(result.rank.map(String.init) ?? "–") in the lot, but your organisation had already been awarded \(NumberText.counted(limit, "lot")) (\(won)), the most one bidder may be awarded, so the lot went to the next-ranked submission."
            }
            return context.successful(for: result) == nil
                ? "Not successful: no award was made in lot \(title)."
                : "Not successful in lot \(title): the contract for the lot was awarded to a higher-ranked submission."
        default:
            return nil
        }
    }

    /// The lot line of the summary's facts.
    func lotFacts() -> [(label: String, value: [Inline])] {
        guard let lot = result.lot else { return [] }
        return [(label: "Lot", value: [.text(lotTitle(lot)), .text(" ("), .code(lot), .text(")")])]
    }
}
