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

    /// No exclusions at all.
    public static func none(submissionCount: Int) -> ScoringExclusions {
        ScoringExclusions(excluded: Array(repeating: [], count: submissionCount), pending: Array(repeating: [], count: submissionCount))
    }
}
