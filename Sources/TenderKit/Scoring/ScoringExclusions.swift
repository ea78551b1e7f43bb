/// What conflicts of interest mean for scoring: whose scores do not count for which submission,
/// and which pairs still await the chair's ruling.
public struct ScoringExclusions: Sendable {
    /// For each submission (file order), the evaluators (panel indices, ascending) excluded from it.
    public var excluded: [[Int]]
    /// For each submission, the evaluators whose possible conflict with it awaits a ruling.
    public var pending: [[Int]]

    public init(excluded: [[Int]], pending: [[Int]]) {
        self.excluded = excluded
        self.pending = pending
    }

    /// What a conflicts assessment means for scoring: excluded pairs leave out the evaluator's
    /// scores; pending pairs count, but block a final decision.
    public init(_ assessment: ConflictAssessment, submissionCount: Int) {
        var excluded = Array(repeating: [Int](), count: submissionCount)
        var pending = Array(repeating: [Int](), count: submissionCount)
        for (submission, pairs) in assessment.pairsBySubmission.enumerated()
        where submission < submissionCount {
            excluded[submission] = pairs.filter { $0.outcome == .excluded }.map(\.evaluator)
            pending[submission] = pairs.filter { $0.outcome == .pending }.map(\.evaluator)
        }
        self.init(excluded: excluded, pending: pending)
    }

    /// No exclusions at all.
    public static func none(submissionCount: Int) -> ScoringExclusions {
        ScoringExclusions(
            excluded: Array(repeating: [], count: submissionCount),
            pending: Array(repeating: [], count: submissionCount))
    }
}
