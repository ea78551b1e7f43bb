import TenderKit

/// Loads and evaluates a round for the commands that need its decision (`evaluate`, `status`, …),
/// reporting progress on standard error and turning invalid input into a `CommandError`.
struct RoundEvaluation {
    var round: LoadedRound
    var decision: Decision

    static func run(folder: String, console: Console) throws(CommandError) -> RoundEvaluation {
        let load = RoundLoader.load(folder: folder)
        guard let round = load.round else { throw .invalidInput(load.diagnostics) }
        // Warnings (a file changed outside tender) are shown, and do not stop the command.
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
