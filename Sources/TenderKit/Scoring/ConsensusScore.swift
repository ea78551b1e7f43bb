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
        rows: UnsafeBufferPointer<Int32>, scores: borrowing ScoreTable, excluded: borrowing [Int],
        moderated: Double?, weight: Double, rules: Rules
    ) {
        countedRows = []
        countedRows.reserveCapacity(rows.count)
        for row in rows where !excluded.contains(Int(scores.evaluators[Int(row)])) {
            countedRows.append(row)
        }
        independentCount = countedRows.count
        let values = ScoreValues(rows: countedRows, scores: scores)
        if let low = values.lowest, let high = values.highest { spread = high - low }
        if let moderated {
            consensus = moderated
            source = .moderated
        } else if independentCount > 0 {
            consensus =
                rules.method == .mean
                ? values.sum / Double(independentCount)
                : ConsensusScore.median(countedRows.map { scores.scores[Int($0)] })
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

    /// The lowest and highest of the counted scores, and their sum in row order (so that every
    /// run gives the mean the same bits), in one pass with no array of the scores.
    private struct ScoreValues {
        var lowest: Double?
        var highest: Double?
        var sum = 0.0

        init(rows: borrowing [Int32], scores: borrowing ScoreTable) {
            for index in rows.indices {
                let score = scores.scores[Int(rows[index])]
                sum += score
                lowest = min(lowest ?? score, score)
                highest = max(highest ?? score, score)
            }
        }
    }

    /// The middle value; for an even count, the mean of the middle two.
    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}
