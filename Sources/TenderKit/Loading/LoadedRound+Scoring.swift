extension LoadedRound {
    /// What the scoring model reads from this round, sharing its storage (nothing is copied).
    public var scoringInput: ScoringInput {
        ScoringInput(
            round: round, rubric: rubric, submissions: submissions, panel: panel, scores: scores,
            decisions: decisions)
    }
}
