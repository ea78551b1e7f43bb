import Foundation

/// The words for lots and their awards, used by the decision's reasons, the documents and the
/// command line: one place, so every document says the same thing.
public enum LotWords {
    /// A ranked submission's reason for its outcome in its lot.
    public static func reason(
        _ reason: LotAwardReason, rank: Int, total: Double, lot: Lot, currency: String,
        titles: [String: String] = [:]
    ) -> String {
        let ranked = "Ranked \(rank) in lot \(lot.title) with \(NumberText.fixed(total, 2)) points"
        switch reason {
        case .awarded(let amount) where rank == 1:
            return "\(ranked): awarded \(MoneyText.format(amount, currency: currency))"
        case .awarded(let amount):
            return
                "\(ranked), the highest-ranked submission whose bidder could still be awarded a lot: awarded \(MoneyText.format(amount, currency: currency))"
        case .passedOver(let passed):
            return "\(ranked); not awarded: \(passedOver(passed, titles: titles))"
        case .outranked(let winnerTotal):
            return
                "\(ranked); the lot goes to the highest-ranked submission whose bidder could still be awarded a lot (\(NumberText.fixed(winnerTotal, 2)) points)"
        case .noAward(let why):
            return "\(ranked); \(noAward(why, lot: lot))"
        }
    }

    /// "bidder already awarded 2 lots (Hartlepool, Stockton-on-Tees), the most one bidder may be awarded".
    public static func passedOver(_ passed: PassedOver, titles: [String: String] = [:]) -> String {
        switch passed {
        case .bidderAtLotLimit(let limit, let lots):
            let named = lots.map { titles[$0] ?? $0 }.joined(separator: ", ")
            return
                "bidder already awarded \(NumberText.counted(limit, "lot")) (\(named)), the most one bidder may be awarded"
        }
    }

    /// Why nobody was awarded a lot.
    public static func noAward(_ why: LotResult.NoAward, lot: Lot) -> String {
        switch why {
        case .noRankedSubmission:
            return "no award was made in lot \(lot.title): no submission for it was ranked"
        case .everyBidderAtLimit:
            return
                "no award was made in lot \(lot.title): every ranked submission's bidder had already been awarded the most lots one bidder may be awarded"
        case .belowMinimumTotal(let minimum):
            return
                "no award was made in lot \(lot.title): no submission that could be awarded it reached the minimum total of \(NumberText.plain(minimum)) for an award"
        }
    }

    /// The detail of a blocking tie in a lot.
    public static func tieDetail(rank: Int, lotTitle: String) -> String {
        "shares rank \(rank) in lot \(lotTitle) with another submission that could be awarded the lot, and the award depends on which comes first; the tie-breaks did not separate them"
    }

    /// The published rule for lots, in words: the limit and the order.
    public static func awardRule(_ award: Rubric.Award) -> String {
        let order =
            switch award.lotOrder {
            case .listed: "in the order the invitation to tender lists them"
            case .estimatedValue:
                "in order of estimated value, the highest first (lots of equal value, and lots without an estimate after them, in the order the invitation to tender lists them)"
            }
        let limit =
            award.maxLotsPerBidder.map {
                "No bidder may be awarded more than \(NumberText.counted($0, "lot")). Lots are awarded one at a time, \(order); each lot goes to its highest-ranked submission whose bidder has not already been awarded \(NumberText.counted($0, "lot")). A submission passed over for that reason is not awarded the lot, and the lot goes to the next-ranked submission. A bidder is one organisation, identified by its registered identifier (or, where it gives none, by its name); a bidder bidding for several lots sends one submission per lot."
            }
            ?? "There is no limit on the number of lots one bidder may be awarded; lots are awarded one at a time, \(order)."
        return
            "Where the tender is divided into lots, each lot is assessed and awarded separately: every submission is scored by this methodology against the other submissions for the same lot (the abnormally-low comparison, the best and worst values for the value-for-money formula, the ranking and the tie-breaks are each lot's own), and each lot is awarded to a single submission. "
            + limit
            + " Where a tie that the tie-breaks do not separate decides which submission is awarded a lot, no award is made until the tie is resolved."
    }
}
