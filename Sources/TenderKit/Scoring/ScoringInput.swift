/// What the scoring model reads, and nothing more: the round, its rubric, the submissions in file
/// order, the panel, the score table and the recorded decisions (moderation, clarifications,
/// conflict rulings). `RoundEvaluator` and `SensitivityAnalysis` take one.
///
/// The Loading layer builds it from a round that loaded (`LoadedRound.scoringInput`); tests and
/// synthetic rounds may build their own. It holds values, not copies: its arrays and the score
/// table's columns share their storage with the round it came from (copy on write), so making
/// one costs a few reference counts even for five million score rows.
public struct ScoringInput: Sendable {
    public var round: Round
    public var rubric: Rubric
    /// In file order: the order the scoring model calls "file order".
    public var submissions: [Submission]
    public var panel: Panel
    public var scores: ScoreTable
    public var decisions: PanelDecisions

    public init(
        round: Round, rubric: Rubric, submissions: [Submission], panel: Panel,
        scores: ScoreTable, decisions: PanelDecisions
    ) {
        self.round = round
        self.rubric = rubric
        self.submissions = submissions
        self.panel = panel
        self.scores = scores
        self.decisions = decisions
    }
}
