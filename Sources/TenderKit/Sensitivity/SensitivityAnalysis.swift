import Foundation

/// Works out a decision's `SensitivityReport`: exact weight margins for every ordered pair of
/// criteria (`WeightMarginSolver`), the score margins (`ScoreMargins`) and the rank acceptability
/// of seeded random weights (`RankAcceptability`).
public enum SensitivityAnalysis {
    public static let defaultDraws = RankAcceptability.defaultDraws
    public static let defaultSeed = RankAcceptability.defaultSeed
    public static let window = RankAcceptability.window

    /// - Parameter draws: the number of random weightings (0 turns the acceptability off).
    /// - Returns: nil only for amounts that are not whole pence, which no loaded round has.
    public static func analyse(
        _ decision: Decision, input: ScoringInput, draws: Int = defaultDraws,
        seed: UInt64 = defaultSeed
    ) -> SensitivityReport? {
        guard let model = SensitivityModel(decision: decision, input: input) else { return nil }
        let solver = WeightMarginSolver(model: model, base: ModelOutcome(decision: decision))
        let criteria = input.rubric.criteria
        let pairs = criteria.indices.flatMap { from in
            criteria.indices.filter { $0 != from }.map { (from, $0) }
        }
        let margins = ParallelMap.map(pairs.count, minimumChunk: 1) { index in
            solver.margin(from: pairs[index].0, to: pairs[index].1)
        }
        let weightPairs = zip(pairs, margins).map { pair, margin in
            SensitivityReport.WeightPair(
                from: criteria[pair.0].id, to: criteria[pair.1].id, margin: margin)
        }
        let scores = ScoreMargins(model: model, base: solver.base)
        return SensitivityReport(
            weightMargin: smallest(pairs: pairs, margins: margins, solver: solver),
            weightPairs: weightPairs,
            scoreMargin: report(scores.scoreMargin(), model: model),
            toWin: scores.toWin().map { report($0, model: model) },
            acceptability: draws > 0
                ? acceptability(model, solver: solver, draws: draws, seed: seed) : nil)
    }

    private static func smallest(
        pairs: [(Int, Int)], margins: [Double?], solver: WeightMarginSolver
    ) -> SensitivityReport.WeightMargin {
        var best: Int?
        for (index, margin) in margins.enumerated() {
            guard let margin else { continue }
            if best.flatMap({ margins[$0] }).map({ margin < $0 }) ?? true { best = index }
        }
        guard let best, let margin = margins[best] else {
            return .init(margin: nil, from: nil, to: nil, awarded: nil)
        }
        let (from, to) = pairs[best]
        let model = solver.model
        let awarded = solver.awardedBeyond(margin, from: from, to: to).map { model.ids[$0] }
        return .init(
            margin: margin, from: model.rubric.criteria[from].id, to: model.rubric.criteria[to].id,
            awarded: awarded.sorted())
    }

    private static func report(_ increase: ScoreMargins.Increase?, model: SensitivityModel)
        -> SensitivityReport.ScoreIncrease
    {
        guard let increase else { return .init(submission: nil, criterion: nil, increase: nil) }
        return .init(
            submission: model.ids[increase.position],
            criterion: increase.criterion.map { model.rubric.criteria[$0].id },
            increase: increase.increase)
    }

    private static func acceptability(
        _ model: SensitivityModel, solver: WeightMarginSolver, draws: Int, seed: UInt64
    ) -> SensitivityReport.Acceptability {
        let weights = RankAcceptability.draws(around: model.baseWeights, count: draws, seed: seed)
        let counts = RankAcceptability.awardCounts(model, draws: weights, cache: solver.baseSet)
        let shares = counts.indices.filter { counts[$0] > 0 }.map { position in
            SensitivityReport.Share(
                submission: model.ids[position], share: Double(counts[position]) / Double(draws),
                count: counts[position])
        }.sorted { ($1.count, $0.submission) < ($0.count, $1.submission) }
        return .init(draws: draws, seed: seed, window: RankAcceptability.window, awarded: shares)
    }
}
