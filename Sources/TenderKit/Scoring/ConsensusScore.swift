/// Steps 2 to 4 of the scoring model for one submission and one panel-scored criterion: the
/// independent scores, the consensus (moderated, mean or median), the spread, the points, and what
/// blocks (a spread beyond `maxSpread` without moderation; too few independent evaluators).
struct ConsensusScore {
    var consensus: Double?
    var source: CriterionResult.Source?
    var spread: Double?
    var points: Double?
    var countedRows: [Int32]
    var independentCount: Int
    var needsModeration: Bool
    var hasTooFewEvaluators: Bool

    /// - Parameters:
    ///   - rows: the criterion's score rows for the submission.
    ///   - excluded: evaluators (panel indices) excluded from this submission, sorted.
    ///   - moderated: the agreed score from `decisions.json`, if any.
    ///   - weight: the criterion's weight.
    init(
        rows: ArraySlice<Int32>, scores: ScoreTable, excluded: [Int], moderated: Double?,
        weight: Double, rules: Rules
    ) {
        countedRows = rows.filter { !excluded.contains(Int(scores.evaluators[Int($0)])) }
        let values = countedRows.map { scores.scores[Int($0)] }
        independentCount = values.count
        if let low = values.min(), let high = values.max() { spread = high - low }
        if let moderated {
            consensus = moderated
            source = .moderated
        } else if !values.isEmpty {
            consensus =
                rules.method == .mean ? ConsensusScore.mean(values) : ConsensusScore.median(values)
            source = rules.method == .mean ? .mean : .median
        }
        needsModeration = moderated == nil && ScoreThreshold.isAbove(spread ?? 0, rules.maxSpread)
        hasTooFewEvaluators = independentCount < rules.minIndependentEvaluators
        if let consensus {
            points = (consensus - rules.scaleMin) / (rules.scaleMax - rules.scaleMin) * weight
        }
    }

    /// The rubric's settings the consensus uses, taken out of it once for a whole round (a copy
    /// of the whole `Rubric` per submission and criterion would retain each of its strings and
    /// arrays, millions of times in a national round).
    struct Rules: Sendable {
        var method: Rubric.Consensus.Method
        var maxSpread: Double
        var minIndependentEvaluators: Int
        var scaleMin: Double
        var scaleMax: Double

        init(_ rubric: Rubric) {
            method = rubric.consensus.method
            maxSpread = rubric.consensus.maxSpread
            minIndependentEvaluators = rubric.panel.minIndependentEvaluators
            scaleMin = rubric.scale.min
            scaleMax = rubric.scale.max
        }
    }

    /// The arithmetic mean, summed in a fixed order so that every run gives the same bits.
    static func mean(_ values: [Double]) -> Double {
        values.reduce(0, +) / Double(values.count)
    }

    /// The middle value; for an even count, the mean of the middle two.
    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}
