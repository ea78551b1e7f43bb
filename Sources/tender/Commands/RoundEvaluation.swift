import TenderKit

/// Loads and evaluates a round for the commands that need its decision (`evaluate`, `status`, …),
/// reporting progress on standard error and turning invalid input into a `CommandError`.
struct RoundEvaluation {
    var round: LoadedRound
    var decision: Decision

    /// Warnings are printed and the run goes on, unless `strict` makes them stop it like errors.
    static func run(
        folder: String, console: Console, strict: Bool = false, writesOpenData: Bool = false,
        progress: ProgressReporter = .silent, quiet: Bool = false
    ) throws(CommandError) -> RoundEvaluation {
        progress.begin("loading and checking the round")
        let load = RoundLoader.load(folder: folder, writesOpenData: writesOpenData)
        progress.finish()
        guard let round = load.round, !DiagnosticCount.stops(load.diagnostics, strict: strict)
        else { throw .invalidInput(load.diagnostics) }
        if !load.diagnostics.isEmpty {
            console.printError(DiagnosticFormatter().format(load.diagnostics))
        }
        if !quiet { report(load, folder: folder, console: console) }
        progress.begin("scoring \(NumberText.counted(load.submissionCount, "submission"))")
        let decision = RoundEvaluator.evaluate(round)
        progress.finish()
        return RoundEvaluation(round: round, decision: decision)
    }

    private static func report(_ load: RoundLoad, folder: String, console: Console) {
        console.printError(
            "Loaded \(folder): \(NumberText.counted(load.submissionCount, "submission")), \(NumberText.counted(load.evaluatorCount, "evaluator")), \(NumberText.counted(load.scoreCount, "score"))"
        )
    }
}
