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
        let rubric: Rubric
        let scores: ScoreTable
        let index: ScoreIndex
        let moderation: [String: Double]
        let evaluatorIDs: [String]
    }

    init(
        submission: Submission, at position: Int, values: [Decimal?], excluded: [Int],
        inputs: Inputs
    ) {
        let rubric = inputs.rubric
        var qualityPoints = 0.0
        var qualityWeight = 0.0
        for (criterionIndex, criterion) in rubric.criteria.enumerated() {
            guard let quality = inputs.index.qualityPosition[criterionIndex] else {
                criteria.append(
                    CriterionResult(
                        id: criterion.id, kind: .quantitative, value: values[criterionIndex],
                        points: nil, scoreRows: [], excluded: []))
                continue
            }
            let score = ConsensusScore(
                rows: inputs.index.rows(submission: position, quality: quality),
                scores: inputs.scores, excluded: excluded,
                moderated: inputs.moderation[IDPairKey.make(submission.id, criterion.id)],
                criterion: criterion, rubric: rubric)
            criteria.append(
                CriterionResult(
                    id: criterion.id, kind: .quality, consensus: score.consensus,
                    spread: score.spread, source: score.source,
                    points: score.points, scoreRows: score.countedRows, excluded: excluded))
            qualityPoints += score.points ?? 0
            qualityWeight += criterion.weight
            noteBlocking(score, submission: submission.id, criterion: criterion, inputs: inputs)
            if let minimum = criterion.minimum, let consensus = score.consensus,
                ScoreThreshold.isBelow(consensus, minimum)
            {
                thresholdReasons.append(
                    .consensusBelowMinimum(
                        criterion: criterion.title, consensus: consensus, minimum: minimum))
            }
        }
        guard qualityWeight > 0 else { return }
        let percent = qualityPoints / qualityWeight * 100
        qualityPercent = percent
        if let minimum = rubric.minimumQuality, ScoreThreshold.isBelow(percent, minimum) {
            thresholdReasons.append(.qualityBelowMinimum(percent: percent, minimum: minimum))
        }
    }

    private mutating func noteBlocking(
        _ score: ConsensusScore, submission: String, criterion: Criterion, inputs: Inputs
    ) {
        if score.needsModeration {
            let counted = score.countedRows.map { row in
                BlockingDetail.EvaluatorScore(
                    evaluator: inputs.evaluatorIDs[Int(inputs.scores.evaluators[Int(row)])],
                    score: inputs.scores.scores[Int(row)])
            }
            blocking.append(
                BlockingItem(
                    kind: .moderationRequired, submission: submission, criterion: criterion.id,
                    evaluator: nil,
                    detail: .spread(
                        scores: counted, spread: score.spread ?? 0,
                        maxSpread: inputs.rubric.consensus.maxSpread)
                ))
        }
        if score.hasTooFewEvaluators {
            let needed = inputs.rubric.panel.minIndependentEvaluators
            blocking.append(
                BlockingItem(
                    kind: .insufficientEvaluators, submission: submission, criterion: criterion.id,
                    evaluator: nil,
                    detail: .tooFewEvaluators(independent: score.independentCount, needed: needed)
                ))
        }
    }
}
