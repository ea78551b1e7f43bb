import TenderKit

/// Loads and evaluates a round for the commands that need its decision (`evaluate`, `status`, …),
/// reporting progress on standard error and turning invalid input into a `CommandError`.
struct RoundEvaluation {
    var round: LoadedRound
    var decision: Decision

    /// Warnings are printed and the run goes on, unless `strict` makes them stop it like errors.
    /// `sensitivityDraws`, when set, runs the sensitivity analysis too, with this many random
    /// weightings for the rank acceptability (0: none). `digestingInputs`: the outputs will print
    /// the inputs' digests; `submissionFields`: what of each submission is kept (see
    /// `RoundLoader.load`); a command that only evaluates and reports keeps only what the rules
    /// and documents read.
    static func run(
        folder: String, console: Console, strict: Bool = false, writesOpenData: Bool = false,
        progress: ProgressReporter = .silent, quiet: Bool = false, sensitivityDraws: Int? = nil,
        digestingInputs: Bool = false, submissionFields: SubmissionFields = .all
    ) throws(CommandError) -> RoundEvaluation {
        progress.begin("loading and checking the round")
        let load = RoundLoader.load(
            folder: folder, writesOpenData: writesOpenData, digestingInputs: digestingInputs,
            submissionFields: submissionFields)
        progress.finish()
        guard let round = load.round, !DiagnosticCount.stops(load.diagnostics, strict: strict)
        else { throw .invalidInput(load.diagnostics) }
        if !load.diagnostics.isEmpty {
            console.printError(DiagnosticFormatter().format(load.diagnostics))
        }
        if !quiet { report(load, folder: folder, console: console) }
        progress.begin("scoring \(NumberText.counted(load.submissionCount, "submission"))")
        var decision = RoundEvaluator.evaluate(round.scoringInput)
        progress.finish()
        // The analysis is of a round awarded whole; a round in lots has none yet.
        if let sensitivityDraws, round.round.lots.isEmpty {
            progress.begin("sensitivity analysis")
            decision.sensitivity = SensitivityAnalysis.analyse(
                decision, input: round.scoringInput, draws: sensitivityDraws)
            progress.finish()
        }
        ExitWithoutTeardown.keep(round)
        ExitWithoutTeardown.keep(decision)
        return RoundEvaluation(round: round, decision: decision)
    }

    private static func report(_ load: RoundLoadResult, folder: String, console: Console) {
        console.printError(
            "Loaded \(folder): \(NumberText.counted(load.submissionCount, "submission")), \(NumberText.counted(load.evaluatorCount, "evaluator")), \(NumberText.counted(load.scoreCount, "score"))"
        )
    }
}
