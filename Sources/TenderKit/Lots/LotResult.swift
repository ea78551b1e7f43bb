import Foundation

/// One lot's competition and award, as the decision records it.
public struct LotResult: Sendable {
    public var id: String
    public var title: String
    public var estimatedValue: Decimal?
    /// 1 for the first lot awarded, in `award.lotOrder`.
    public var awardOrder: Int
    /// Positions (round order) of the submissions bidding for the lot.
    public var submissions: [Int]
    /// Position of the submission awarded the lot; nil when nobody is.
    public var winner: Int?
    /// The highest-ranked other submission that was not passed over: the one that would have been
    /// awarded the lot without the winner. Nil when there is none.
    public var runnerUp: Int?
    /// Positions of ranked submissions passed over because their bidder already held the limit.
    public var passedOver: [Int]
    /// Why nobody was awarded the lot, when nobody was.
    public var noAward: NoAward?

    public enum NoAward: Sendable, Equatable {
        /// No submission for the lot was ranked (none, or all ineligible, below threshold or rejected).
        case noRankedSubmission
        /// Every ranked submission's bidder already held the limit of lots.
        case everyBidderAtLimit
        /// The highest-ranked submission that could be awarded was below `award.minimumTotal`.
        case belowMinimumTotal(Double)
    }
}

/// Why a submission was not awarded its lot although it ranked above the winner.
public enum PassedOver: Sendable, Equatable {
    /// Its bidder had already been awarded `limit` lots (`lots`, in award order) when this lot was
    /// awarded: `award.maxLotsPerBidder`.
    case bidderAtLotLimit(limit: Int, lots: [String])
}
