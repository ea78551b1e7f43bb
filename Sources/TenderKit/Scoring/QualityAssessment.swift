import Foundation

/// Steps 2 to 5 of the scoring model for one eligible submission: consensus and points for each
/// panel-scored criterion, the quality percentage, and the thresholds (`minimum` per criterion,
/// `minimumQuality` overall) that make a submission `below-threshold`.
struct QualityAssessment {
    var criteria: [CriterionResult] = []
    var qualityPercent: Double?
    var thresholdReasons: [SubmissionReason] = []
    var blocking: [BlockingItem] = []

    struct Inputs {
        let criteria: [Criterion]
        let minimumQuality: Double?
        let rules: ConsensusScore.Rules
        let scores: ScoreTable
        let index: ScoreIndex
        let moderation: [String: Double]
        let evaluatorIDs: [String]

        init(
            rubric: Rubric, scores: ScoreTable, index: ScoreIndex, moderation: [String: Double],
            evaluatorIDs: [String]
        ) {
            criteria = rubric.criteria
            minimumQuality = rubric.minimumQuality
            rules = ConsensusScore.Rules(rubric)
            self.scores = scores
            self.index = index
            self.moderation = moderation
            self.evaluatorIDs = evaluatorIDs
        }

        /// The agreed score of `submission` on `criterion`, if the panel moderated one (no key is
        /// built when nothing was moderated).
        func moderated(_ submission: String, _ criterion: String) -> Double? {
            moderation.isEmpty ? nil : moderation[IDPairKey.make(submission, criterion)]
        }
    }

    /// Reads each criterion in place (`inputs.criteria[criterionIndex]`): a national round
    /// assesses millions of submission–criterion pairs, and a copy of a `Criterion` retains each
    /// of its strings and arrays.
    init(
        submission: String, at position: Int, values: borrowing [Decimal?],
        excluded: borrowing [Int], inputs: borrowing Inputs
    ) {
        var qualityPoints = 0.0
        var qualityWeight = 0.0
        // One result per criterion: grown one append at a time, a national round's 100,000 lists
        // were four allocations each and held 16 places for 11.
        criteria.reserveCapacity(inputs.criteria.count)
        for criterionIndex in inputs.criteria.indices {
            guard let quality = inputs.index.qualityPosition[criterionIndex] else {
                criteria.append(
                    CriterionResult(
                        id: inputs.criteria[criterionIndex].id, kind: .quantitative,
                        value: values[criterionIndex], points: nil, scoreRows: [], excluded: []))
                continue
            }
            let moderated = inputs.moderated(submission, inputs.criteria[criterionIndex].id)
            let score = inputs.index.withRows(submission: position, quality: quality) { rows in
                ConsensusScore(
                    rows: rows, scores: inputs.scores, excluded: excluded, moderated: moderated,
                    weight: inputs.criteria[criterionIndex].weight, rules: inputs.rules)
            }
            note(score, criterionIndex, submission: submission, excluded: excluded, inputs: inputs)
            qualityPoints += score.points ?? 0
            qualityWeight += inputs.criteria[criterionIndex].weight
        }
        guard qualityWeight > 0 else { return }
        let percent = qualityPoints / qualityWeight * 100
        qualityPercent = percent
        if let minimum = inputs.minimumQuality, ScoreThreshold.isBelow(percent, minimum) {
            thresholdReasons.append(.qualityBelowMinimum(percent: percent, minimum: minimum))
        }
    }

    /// A panel-scored criterion's result, what it blocks, and its minimum if the consensus is
    /// below it.
    private mutating func note(
        _ score: ConsensusScore, _ criterionIndex: Int, submission: String, excluded: [Int],
        inputs: Inputs
    ) {
        let criterionID = inputs.criteria[criterionIndex].id
        criteria.append(
            CriterionResult(
                id: criterionID, kind: .quality, consensus: score.consensus,
                spread: score.spread, source: score.source,
                points: score.points, scoreRows: score.countedRows, excluded: excluded))
        noteBlocking(score, submission: submission, criterion: criterionID, inputs: inputs)
        if let minimum = inputs.criteria[criterionIndex].minimum,
            let consensus = score.consensus, ScoreThreshold.isBelow(consensus, minimum)
        {
            thresholdReasons.append(
                .consensusBelowMinimum(
                    criterion: inputs.criteria[criterionIndex].title, consensus: consensus,
                    minimum: minimum))
        }
    }

    private mutating func noteBlocking(
        _ score: ConsensusScore, submission: String, criterion: String, inputs: Inputs
    ) {
        if score.needsModeration {
            let counted = score.countedRows.map { row in
                BlockingDetail.EvaluatorScore(
                    evaluator: inputs.evaluatorIDs[Int(inputs.scores.evaluators[Int(row)])],
                    score: inputs.scores.scores[Int(row)])
            }
            blocking.append(
                BlockingItem(
                    kind: .moderationRequired, submission: submission, criterion: criterion,
                    evaluator: nil,
                    detail: .spread(
                        scores: counted, spread: score.spread ?? 0,
                        maxSpread: inputs.rules.maxSpread)
                ))
        }
        if score.hasTooFewEvaluators {
            let needed = inputs.rules.minIndependentEvaluators
            blocking.append(
                BlockingItem(
                    kind: .insufficientEvaluators, submission: submission, criterion: criterion,
                    evaluator: nil,
                    detail: .tooFewEvaluators(independent: score.independentCount, needed: needed)
                ))
        }
    }
}
