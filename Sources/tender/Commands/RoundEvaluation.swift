import TenderKit

/// Loads and evaluates a round for the commands that need its decision (`evaluate`, `status`, …),
/// reporting progress on standard error and turning invalid input into a `CommandError`.
struct RoundEvaluation {
    var round: LoadedRound
    var decision: Decision

    /// Warnings are printed and the run goes on, unless `strict` makes them stop it like errors.
    static func run(
        folder: String, console: Console, strict: Bool = false, writesOpenData: Bool = false
    ) throws(CommandError) -> RoundEvaluation {
        let load = RoundLoader.load(folder: folder, writesOpenData: writesOpenData)
        guard let round = load.round, !DiagnosticCount.stops(load.diagnostics, strict: strict)
        else { throw .invalidInput(load.diagnostics) }
        if !load.diagnostics.isEmpty {
            console.printError(DiagnosticFormatter().format(load.diagnostics))
        }
        console.printError(
            "Loaded \(folder): \(NumberText.counted(load.submissionCount, "submission")), \(NumberText.counted(load.evaluatorCount, "evaluator")), \(NumberText.counted(load.scoreCount, "score"))"
        )
        let decision = RoundEvaluator.evaluate(round)
        return RoundEvaluation(round: round, decision: decision)
    }
}
