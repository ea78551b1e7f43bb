import TenderKit

/// Loads and evaluates a round for the commands that need its decision (`evaluate`, `status`, …),
/// reporting progress on standard error and turning invalid input into a `CommandError`.
struct RoundEvaluation {
    var round: LoadedRound
    var decision: Decision

    /// - Parameter sensitivityDraws: when set, the sensitivity analysis runs too, with this many
    ///   random weightings for the rank acceptability (0: none).
    static func run(folder: String, console: Console, sensitivityDraws: Int? = nil)
        throws(CommandError) -> RoundEvaluation
    {
        let load = RoundLoader.load(folder: folder)
        guard let round = load.round else { throw .invalidInput(load.diagnostics) }
        console.printError(
            "Loaded \(folder): \(NumberText.counted(load.submissionCount, "submission")), \(NumberText.counted(load.evaluatorCount, "evaluator")), \(NumberText.counted(load.scoreCount, "score"))"
        )
        var decision = RoundEvaluator.evaluate(round)
        if let sensitivityDraws {
            decision.sensitivity = SensitivityAnalysis.analyse(
                decision, round: round, draws: sensitivityDraws)
        }
        return RoundEvaluation(round: round, decision: decision)
    }
}
