import Foundation
import TenderKit

/// `tender score ROUND --evaluator ID`: scoring in the terminal, saved after every answer.
enum ScoreCommand: Command {
    static let spec = CommandSpec(
        name: "score",
        abstract: "Score submissions in the terminal; every answer is saved at once.",
        discussion: """
            Goes through each eligible submission you are not excluded from, and each panel-scored
            criterion you have not scored yet (all of them with --revise), showing the submission,
            the criterion's guidance and every scale descriptor. Asks for a score and a comment,
            and saves to scores.csv after every answer, so stopping (Ctrl-C, end of input) loses
            nothing: run the same command to carry on. Reads plain lines when input is not a
            terminal, so it can be scripted. Type 'q' at a prompt to stop.
            """,
        arguments: [ArgumentSpec(name: "ROUND", help: "The round folder.")],
        options: [
            .value("evaluator", "ID", help: "Your evaluator id in panel.json.", required: true),
            .value("submission", "ID", help: "Score only this submission."),
            .flag(
                "revise",
                help: "Go through scores already given too, showing each (Enter keeps it)."),
        ],
        examples: [
            "tender score Samples/targeted-detached-youth-2024 --evaluator sclarke --submission tdy-2024-02"
        ])

    static func run(_ arguments: ParsedArguments, console: Console) throws(CommandError) -> ExitCode
    {
        let folder = arguments.positionals[0]
        let evaluation = try RoundEvaluation.run(folder: folder, console: console)
        let evaluator = try evaluation.evaluatorIndex(arguments.value("evaluator") ?? "")
        let queue = try scoringQueue(evaluation, evaluator: evaluator, arguments: arguments)
        guard !queue.items.isEmpty else {
            console.print(
                "Nothing to score: every assigned criterion already has your score (use --revise to change one)."
            )
            return .success
        }
        let history = try HistoryRecording.writer(
            folder: folder, command: "score", by: evaluation.round.panel.evaluators[evaluator].id,
            arguments: arguments, console: console)
        StopRequest.installForCtrlC()
        var session = ScoringSession(
            evaluation: evaluation, evaluator: evaluator, console: console,
            scoresPath: FilePath.join(folder, "scores.csv"), history: history)
        return try session.run(queue)
    }

    /// What the evaluator has left to score, an unknown `--submission` reported as a usage error.
    private static func scoringQueue(
        _ evaluation: RoundEvaluation, evaluator: Int, arguments: ParsedArguments
    ) throws(CommandError) -> ScoringQueue {
        let submission = arguments.value("submission")
        do throws(ScoringQueue.Refusal) {
            return try ScoringQueue(
                round: evaluation.round, decision: evaluation.decision, evaluator: evaluator,
                submission: submission, revise: arguments.flag("revise"))
        } catch {
            switch error {
            case .unknownSubmission(let reason):
                throw .usage(
                    .invalidValue(option: "--submission", value: submission ?? "", reason: reason))
            case .notAssigned(let reason):
                throw .failed(reason)
            }
        }
    }
}
