import Foundation

/// What the award is at some weights: the order the award step takes the ranked submissions in,
/// and who is awarded.
struct ModelOutcome: Sendable, Equatable {
    /// Ranked submissions (file-order positions) in rank order, within a shared rank by id.
    var order: [Int]
    /// Awarded submissions' positions, ascending.
    var awarded: [Int]
    /// Total per ranked position, aligned with `order`.
    var totals: [Double]
}

extension ModelOutcome {
    /// The outcome the evaluation reached at the rubric's weights, read from its decision: the
    /// ranked submissions by rank and, within a shared rank, by id (as the award step takes them).
    init(decision: Decision) {
        let submissions = decision.submissions
        order = submissions.indices.filter { submissions[$0].rank != nil }.sorted {
            SubmissionResult.isOrderedBefore(
                (submissions[$0].rank, submissions[$0].id),
                (submissions[$1].rank, submissions[$1].id))
        }
        awarded = submissions.indices.filter { submissions[$0].status == .awarded }
        totals = order.map { submissions[$0].total ?? 0 }
    }
}

extension SensitivityModel {
    /// Steps 5 to 10 at `weights`, reusing `cache` when the pool is the one it was made for.
    func outcome(weights: [Double], adjusted: Adjustment? = nil, cache: ScoredSet? = nil)
        -> ModelOutcome
    {
        let pool = pool(weights: weights, adjusted: adjusted)
        let set = cache.flatMap { $0.pool == pool ? $0 : nil } ?? scoredSet(pool: pool)
        return rankAndAward(set, weights: weights, adjusted: adjusted)
    }

    /// Steps 8 to 10 for a scored set: totals, the tie-breaks and the award, by `TieBreaker` and
    /// `AwardAllocator` as in `tender evaluate`.
    func rankAndAward(_ set: ScoredSet, weights: [Double], adjusted: Adjustment? = nil)
        -> ModelOutcome
    {
        if let outcome = rankAndAwardWithoutTies(set, weights: weights, adjusted: adjusted) {
            return outcome
        }
        let candidates = set.scored.map { position in
            var fractions = set.fractions[position]
            if let adjusted, adjusted.position == position {
                fractions[adjusted.criterion] = adjusted.fractions[adjusted.criterion]
            }
            return candidate(position, fractions: fractions, weights: weights)
        }
        var entries: [AwardAllocator.Entry] = []
        var ahead = 0
        for group in breaker.rank(candidates) {
            for candidate in group {
                entries.append(
                    AwardAllocator.Entry(
                        position: candidate.position, id: candidate.id, rank: ahead + 1,
                        total: candidate.total, amount: amounts[candidate.position]))
            }
            ahead += group.count
        }
        let allocator = AwardAllocator(
            entries: entries, award: rubric.award, budget: input.round.budget)
        let ordered = entries.sorted {
            SubmissionResult.isOrderedBefore(($0.rank, $0.id), ($1.rank, $1.id))
        }
        return ModelOutcome(
            order: ordered.map(\.position),
            awarded: allocator.outcomes.filter { $0.value.status == .awarded }.map(\.key).sorted(),
            totals: ordered.map(\.total))
    }

    /// Steps 8 to 10 when no two totals are within the tie tolerance, which is most weightings:
    /// then `TieBreaker` makes every rank a group of one, in order of total, so ranking is a sort
    /// of totals and the award is `AwardAllocator`'s on that order. nil when two totals tie, for
    /// the full tie-breaks.
    private func rankAndAwardWithoutTies(
        _ set: ScoredSet, weights: [Double], adjusted: Adjustment?
    ) -> ModelOutcome? {
        var totals = [Double](repeating: 0, count: count)
        for position in set.scored {
            var fractions = set.fractions[position]
            if let adjusted, adjusted.position == position {
                fractions[adjusted.criterion] = adjusted.fractions[adjusted.criterion]
            }
            totals[position] = Self.total(fractions, weights: weights)
        }
        let order = set.scored.sorted { totals[$0] > totals[$1] }
        for slot in order.indices.dropFirst()
        where totals[order[slot - 1]] - totals[order[slot]] <= TieBreaker.tolerance {
            return nil
        }
        let entries = order.enumerated().map { slot, position in
            AwardAllocator.Entry(
                position: position, id: ids[position], rank: slot + 1, total: totals[position],
                amount: amounts[position])
        }
        let allocator = AwardAllocator(
            entries: entries, award: rubric.award, budget: input.round.budget)
        return ModelOutcome(
            order: order,
            awarded: allocator.outcomes.filter { $0.value.status == .awarded }.map(\.key).sorted(),
            totals: order.map { totals[$0] })
    }

    /// Submission `position` for the tie-breaks: its points at `weights`, and its total (the sum
    /// of the points unless given).
    private func candidate(
        _ position: Int, fractions: [Double?], weights: [Double], total: Double? = nil
    ) -> TieBreaker.Candidate {
        let points = fractions.enumerated().map { index, fraction in
            fraction.map { $0 * weights[index] }
        }
        return TieBreaker.Candidate(
            position: position, id: ids[position],
            total: total ?? points.reduce(0) { $0 + ($1 ?? 0) }, points: points,
            scope: RuleScope(
                submission: input.submissions[position].json, round: input.round.json,
                rubric: rubric.json))
    }

    /// Tied submissions (`positions`, with their `totals` at `weights`) in the order the award step
    /// takes them: `TieBreaker`'s groups in rank order, each group by id, as `rankAndAward` orders
    /// the whole ranking.
    func tieOrder(_ positions: [Int], totals: [Double], set: ScoredSet, weights: [Double]) -> [Int]
    {
        let candidates = zip(positions, totals).map { position, total in
            candidate(position, fractions: set.fractions[position], weights: weights, total: total)
        }
        return breaker.rank(candidates).flatMap { group in
            group.sorted { $0.id < $1.id }.map(\.position)
        }
    }

    /// The budget left, in pence, before each slot of `outcome.order`, and after the last.
    func remainingBefore(_ outcome: ModelOutcome) -> [Int64] {
        var remaining = budgetPence
        var before: [Int64] = []
        before.reserveCapacity(outcome.order.count + 1)
        let awarded = Set(outcome.awarded)
        for position in outcome.order {
            before.append(remaining)
            if awarded.contains(position) { remaining -= pence[position] }
        }
        before.append(remaining)
        return before
    }

    /// The weights with `amount` points moved from criterion `from` to criterion `to`.
    func weights(moving amount: Double, from: Int, to: Int) -> [Double] {
        var weights = baseWeights
        weights[from] -= amount
        weights[to] += amount
        if weights[from] < 0 { weights[from] = 0 }
        return weights
    }

    /// Submission `position`'s agreed score on `criterion` raised by `increase` scale points.
    func raising(_ position: Int, criterion: Int, by increase: Double) -> Adjustment? {
        guard let consensus = consensus[position][criterion] else { return nil }
        var fractions = qualityFractions[position]
        fractions[criterion] =
            (consensus + increase - rubric.scale.min) / (rubric.scale.max - rubric.scale.min)
        return Adjustment(position: position, criterion: criterion, fractions: fractions)
    }
}
