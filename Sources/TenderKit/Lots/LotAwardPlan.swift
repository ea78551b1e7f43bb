import Foundation

/// Step 10 for a round divided into lots: each lot is awarded by the single-award rule, one lot at
/// a time in `award.lotOrder`, under `award.maxLotsPerBidder`.
///
/// For each lot, its ranked submissions are taken in rank order (within a shared rank by id). The
/// lot goes to the first whose bidder has not already been awarded the limit of lots; those before
/// it are passed over. Nobody is awarded the lot when it has no ranked submission, when every
/// ranked submission's bidder is at the limit, or when the submission that would be awarded is
/// below `award.minimumTotal`. When that submission shares its rank with another that is not
/// passed over, which of them is awarded depends on an order the tie-breaks did not settle: every
/// member of that group is a blocking tie (so a tie below a passed-over submission becomes
/// decisive, and blocks, exactly when the limit makes it so). Without a limit this is the
/// single-award rule of `AwardAllocator`, lot by lot.
struct LotAwardPlan {
    /// One lot to award: its id and its ranked entries.
    struct LotEntries {
        var lot: String
        var entries: [AwardAllocator.Entry]
    }

    /// What one lot's award decided.
    struct LotOutcome {
        var winner: Int?
        var runnerUp: Int?
        var passedOver: [Int: PassedOver] = [:]
        var tied: [Int] = []
        var noAward: LotResult.NoAward?
    }

    let limit: Int?
    let minimumTotal: Double?
    /// The bidder number of each submission (round order).
    let bidder: [Int]

    /// Awards the lots in the order given; returns each lot's outcome in the same order.
    func award(_ lots: [LotEntries]) -> [LotOutcome] {
        var held: [Int: [String]] = [:]
        return lots.map { lot in
            let outcome = awardOne(lot, held: held)
            if let winner = outcome.winner { held[bidder[winner], default: []].append(lot.lot) }
            return outcome
        }
    }

    private func awardOne(_ lot: LotEntries, held: [Int: [String]]) -> LotOutcome {
        let ordered = lot.entries.sorted {
            SubmissionResult.isOrderedBefore(($0.rank, $0.id), ($1.rank, $1.id))
        }
        var outcome = LotOutcome()
        guard !ordered.isEmpty else {
            outcome.noAward = .noRankedSubmission
            return outcome
        }
        let atLimit = { (entry: AwardAllocator.Entry) -> [String]? in
            guard let limit, let lots = held[bidder[entry.position]], lots.count >= limit
            else { return nil }
            return lots
        }
        let first = ordered.firstIndex { atLimit($0) == nil } ?? ordered.count
        for entry in ordered[..<first] {
            outcome.passedOver[entry.position] = .bidderAtLotLimit(
                limit: limit ?? 0, lots: atLimit(entry) ?? [])
        }
        guard first < ordered.count else {
            outcome.noAward = .everyBidderAtLimit
            return outcome
        }
        let candidate = ordered[first]
        if let minimumTotal, ScoreThreshold.isBelow(candidate.total, minimumTotal) {
            outcome.noAward = .belowMinimumTotal(minimumTotal)
            return outcome
        }
        outcome.winner = candidate.position
        let open = ordered[first...].filter { atLimit($0) == nil }
        outcome.runnerUp = open.dropFirst().first?.position
        let group = open.filter { $0.rank == candidate.rank }
        if group.count > 1 { outcome.tied = group.map(\.position) }
        return outcome
    }
}
