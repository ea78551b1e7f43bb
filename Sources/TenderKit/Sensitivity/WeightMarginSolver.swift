import Foundation

/// The exact weight margin of one ordered pair of criteria (i, j): the smallest t in [0, wᵢ]
/// such that moving t percentage points of weight from i to j changes who is awarded.
///
/// Solved, not stepped. The transfer moves no agreed score and no value, so the only thing it can
/// change besides the totals is who passes `minimumQuality` (a quality percentage is a ratio of
/// two linear functions of t, so each submission crosses it at most once, at a point solved for).
/// Those points cut [0, wᵢ] into stretches over which the scored submissions, the abnormally-low
/// findings and every quantitative best and worst stay the same; within a stretch every total is
/// a line in t (`CrossingLines`), and the first change is found by solving for crossings: in
/// `single` mode the first line to overtake the winner's (or the winner's line falling below
/// `minimumTotal`, or, when nobody was awarded, the first line to reach it), in O(n); in
/// `allocation` mode by `AllocationCrossings`. At each cut, and at wᵢ itself (where criterion i's
/// weight reaches 0 and tie-breaks on its points stop separating), the outcome is re-evaluated by
/// `SensitivityModel`, the evaluation's own steps.
///
/// The margin is exact up to the scoring model's 1e-9 tolerance for equal totals: where two totals
/// cross, the tie-break decides at the crossing itself and the order of the totals beyond it.
struct WeightMarginSolver {
    let model: SensitivityModel
    let base: ModelOutcome
    let baseSet: ScoredSet

    /// `base` is the evaluation's own outcome (`ModelOutcome(decision:)`), which the model at the
    /// rubric's weights reproduces to the bit; the scored set reuses the evaluation's step 6.
    init(model: SensitivityModel, base: ModelOutcome) {
        self.model = model
        baseSet = model.scoredSet(
            pool: model.pool(weights: model.baseWeights), rejected: model.rejectedAtBase)
        self.base = base
        baseTotals = CrossingLines.totals(baseSet, weights: model.baseWeights)
    }

    /// Every scored submission's total at the rubric's weights, shared by every pair's lines.
    private let baseTotals: [Double]

    /// The margin of moving weight from criterion `from` to criterion `to`; nil when no transfer
    /// up to `from`'s whole weight changes the outcome.
    func margin(from: Int, to: Int) -> Double? {
        let end = model.baseWeights[from]
        guard end > 0, from != to else { return nil }
        var start = 0.0
        var set = baseSet
        var state = base
        for cut in poolCuts(from: from, to: to, end: end) + [end] {
            if start > 0 {
                let nudge = start + min(1e-7, (cut - start) / 2)
                let atCut = model.outcome(
                    weights: model.weights(moving: start, from: from, to: to), cache: set)
                let weights = model.weights(moving: nudge, from: from, to: to)
                set = model.scoredSet(pool: model.pool(weights: weights))
                state = model.rankAndAward(set, weights: weights)
                if atCut.awarded != base.awarded || state.awarded != base.awarded { return start }
                start = nudge
            }
            let lines = CrossingLines(
                set: set, weights: model.baseWeights, from: from, to: to,
                totals: start == 0 ? baseTotals : nil)
            // A crossing at `end` itself is no change by itself: nothing lies beyond it, and the
            // outcome there is the model's to say, below.
            if let time = firstChange(lines, state: state, from: start, to: cut),
                cut < end || time < end - 1e-9 * max(1, end)
            {
                return time
            }
            start = cut
        }
        let atEnd = model.outcome(weights: model.weights(moving: end, from: from, to: to))
        return atEnd.awarded != base.awarded ? end : nil
    }

    /// Who would be awarded just beyond a margin (or at it, when the change is at the end).
    func awardedBeyond(_ margin: Double, from: Int, to: Int) -> [Int] {
        let end = model.baseWeights[from]
        let shortcut = DrawAward(model: model, set: baseSet)
        var scratch = DrawAward.Scratch()
        for t in [min(end, margin + 1e-6 * max(1, margin)), margin] {
            let weights = model.weights(moving: t, from: from, to: to)
            let awarded =
                model.hasPool(baseSet.pool, weights: weights)
                ? shortcut.awarded(weights: weights, scratch: &scratch)?.sorted() : nil
            let outcome = awarded ?? model.outcome(weights: weights, cache: baseSet).awarded
            if outcome != base.awarded { return outcome }
        }
        return base.awarded
    }

    private func firstChange(
        _ lines: CrossingLines, state: ModelOutcome, from start: Double, to end: Double
    )
        -> Double?
    {
        switch model.rubric.award.mode {
        case .single:
            return singleAwardChange(lines, state: state, from: start, to: end)
        case .allocation:
            let sweep = AllocationCrossings(
                lines: lines, order: state.order, awarded: state.awarded, pence: model.pence,
                budget: model.budgetPence, minimumTotal: model.rubric.award.minimumTotal)
            return sweep.firstChange(from: start, to: end)
        }
    }

    /// `single` mode: the first line to overtake the winner's, the winner falling below
    /// `minimumTotal`, or, with nobody awarded, the first line to reach `minimumTotal`.
    private func singleAwardChange(
        _ lines: CrossingLines, state: ModelOutcome, from start: Double, to end: Double
    ) -> Double? {
        let minimumTotal = model.rubric.award.minimumTotal
        var earliest = Double.infinity
        if let winner = state.awarded.first {
            for position in state.order where position != winner {
                if let time = lines.overtaking(position, passes: winner, after: start) {
                    earliest = min(earliest, time)
                }
            }
            if let minimumTotal, lines.slope[winner] < 0,
                let time = lines.crossing(winner, level: minimumTotal, after: start)
            {
                earliest = min(earliest, time)
            }
        } else if let minimumTotal {
            for position in state.order where lines.slope[position] > 0 {
                if let time = lines.crossing(position, level: minimumTotal, after: start) {
                    earliest = min(earliest, time)
                }
            }
        }
        return earliest <= end ? earliest : nil
    }

    /// Where a submission's quality percentage crosses `minimumQuality` strictly inside (0, end),
    /// sorted: the points at which the pool can change.
    private func poolCuts(from: Int, to: Int, end: Double) -> [Double] {
        guard let minimum = model.rubric.minimumQuality,
            model.isQuality[from] || model.isQuality[to]
        else { return [] }
        let share = minimum / 100
        var cuts: [Double] = []
        for position in 0..<model.count
        where model.eligible[position] && model.passesMinima[position] {
            let fractions = model.qualityFractions[position]
            var level = 0.0
            for criterion in 0..<fractions.count where model.isQuality[criterion] {
                level += ((fractions[criterion] ?? 0) - share) * model.baseWeights[criterion]
            }
            var slope = 0.0
            if model.isQuality[to] { slope += (fractions[to] ?? 0) - share }
            if model.isQuality[from] { slope -= (fractions[from] ?? 0) - share }
            guard slope != 0 else { continue }
            let time = -level / slope
            if time > 0, time < end { cuts.append(time) }
        }
        return Array(Set(cuts)).sorted()
    }
}
