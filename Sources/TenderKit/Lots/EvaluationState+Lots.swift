import Foundation

/// Steps 6 to 10 for a round divided into lots. Steps 1 to 5 (gates, consensus, quality points
/// and thresholds) are each submission's own and run once for the whole round; from step 6 on,
/// each lot's submissions are scored as a round of their own by the same steps as an undivided
/// round (the abnormally-low pool, quantitative best and worst, ranking and tie-breaks are the
/// lot's), and then the lots are awarded in `award.lotOrder` under `award.maxLotsPerBidder`.
extension EvaluationState {
    /// Scores and awards every lot; returns the lots in the round's order.
    mutating func evaluateLots() -> [LotResult] {
        let lots = input.round.lots
        let members = lotMembers()
        let ranked = members.map { scoreLot($0) }
        let sequence = rubric.award.lotOrder.awardSequence(of: lots)
        let plan = LotAwardPlan(
            limit: rubric.award.maxLotsPerBidder, minimumTotal: rubric.award.minimumTotal,
            bidder: BidderIdentity(input.submissions.map(\.organisation)).bidder)
        let outcomes = plan.award(
            sequence.map { LotAwardPlan.LotEntries(lot: lots[$0].id, entries: ranked[$0]) })
        var byLot = [LotResult?](repeating: nil, count: lots.count)
        for (step, index) in sequence.enumerated() {
            let outcome = outcomes[step]
            apply(outcome, to: ranked[index], lot: lots[index])
            byLot[index] = LotResult(
                id: lots[index].id, title: lots[index].title,
                estimatedValue: lots[index].estimatedValue, awardOrder: step + 1,
                submissions: members[index], winner: outcome.winner, runnerUp: outcome.runnerUp,
                passedOver: ranked[index].map(\.position).filter { outcome.passedOver[$0] != nil },
                noAward: outcome.noAward)
        }
        return byLot.compactMap { $0 }
    }

    /// The positions of each lot's submissions (lots in round order, submissions in file order),
    /// recording each result's lot.
    private mutating func lotMembers() -> [[Int]] {
        let lots = input.round.lots
        let index = Dictionary(
            lots.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var members = [[Int]](repeating: [], count: lots.count)
        for (position, submission) in input.submissions.enumerated() {
            results[position].lot = submission.lot
            if let lot = submission.lot, let at = index[lot] { members[at].append(position) }
        }
        return members
    }

    /// Steps 6 to 9 over one lot's submissions: returns its ranked award entries in rank order.
    /// Later work (sensitivity per lot) can call this with the same positions.
    mutating func scoreLot(_ positions: [Int]) -> [AwardAllocator.Entry] {
        let whole = pool
        let members = Set(positions)
        pool = whole.filter { members.contains($0) }
        testAbnormallyLowValues()
        scoreQuantitativeCriteria()
        let entries = rankScored()
        pool = whole
        return entries
    }

    /// Records one lot's award on its submissions' results and blocking items.
    private mutating func apply(
        _ outcome: LotAwardPlan.LotOutcome, to entries: [AwardAllocator.Entry], lot: Lot
    ) {
        let winnerTotal = outcome.winner.flatMap { results[$0].total }
        for entry in entries {
            let reason: LotAwardReason
            if entry.position == outcome.winner {
                results[entry.position].status = .awarded
                results[entry.position].awarded = entry.amount
                remainingBudget -= entry.amount
                reason = .awarded(amount: entry.amount)
            } else if let passed = outcome.passedOver[entry.position] {
                results[entry.position].status = .notAwarded
                results[entry.position].passedOver = passed
                reason = .passedOver(passed)
            } else {
                results[entry.position].status = .notAwarded
                reason =
                    outcome.noAward.map { .noAward($0) }
                    ?? .outranked(winnerTotal: winnerTotal ?? 0)
            }
            results[entry.position].reasons = [
                .lotAward(reason, lot: lot.id, rank: entry.rank, total: entry.total)
            ]
        }
        for position in outcome.tied {
            blocking.append(
                BlockingItem(
                    kind: .tie, submission: results[position].id, criterion: nil, evaluator: nil,
                    detail: .tie(rank: results[position].rank ?? 0, lotTitle: lot.title)))
        }
    }
}

/// Why a ranked submission in a lot was or was not awarded it; `LotWords` puts it in words.
public enum LotAwardReason: Sendable, Equatable {
    case awarded(amount: Decimal)
    case passedOver(PassedOver)
    /// A submission ranked below the winner (and not passed over).
    case outranked(winnerTotal: Double)
    case noAward(LotResult.NoAward)
}
