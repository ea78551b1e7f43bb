import Foundation

/// The small round the `scores` and `evaluator` targets work against: the test suite's
/// `Fixtures/validation/base-round` (a rubric with a gate, two scored criteria and a price), read
/// once from the folder `run.sh` names in TENDER_FUZZ_ROUND.
struct FixedRound: Sendable {
    static let shared = FixedRound()

    let folder: String
    let round: Round
    let rubric: Rubric
    let panel: Panel
    let submissions: [Submission]
    let scores: ScoreTable
    let inputs: [RoundInput]

    var scale: ClosedRange<Double> { rubric.scale.min...rubric.scale.max }

    private init() {
        folder = ProcessInfo.processInfo.environment["TENDER_FUZZ_ROUND"] ?? ""
        let load = RoundLoader.load(folder: folder)
        guard let loaded = load.round else {
            let problems = DiagnosticFormatter().format(load.diagnostics)
            fatalError("tender-fuzz: TENDER_FUZZ_ROUND must name a valid round:\n\(problems)")
        }
        round = loaded.round
        rubric = loaded.rubric
        panel = loaded.panel
        submissions = loaded.submissions
        scores = loaded.scores
        inputs = loaded.inputs
    }

    /// `scores.csv` as the round loader reads it.
    func readScores(_ source: SourceText, log: DiagnosticLog) -> ScoreTable? {
        let rules = ScoreRowRules(
            evaluators: panel.evaluators.map(\.id), submissions: submissions.map(\.id),
            criteria: rubric.criteria.map(\.id), isQuality: rubric.criteria.map(\.isQuality),
            scale: rubric.scale, requireComments: rubric.panel.requireComments)
        return ScoreTableReader(source: source, rules: rules, log: log).read()
    }

    /// The round with `submission` added (last, as if its file name sorted last).
    func loaded(adding submission: Submission, source: SourceText) -> LoadedRound {
        LoadedRound(
            folder: folder, round: round, rubric: rubric, submissions: submissions + [submission],
            panel: panel, scores: scores, decisions: PanelDecisions(),
            inputs: inputs + [RoundInput(source)])
    }
}
