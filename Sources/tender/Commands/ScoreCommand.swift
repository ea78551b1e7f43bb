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
        let queue = try ScoringQueue(
            evaluation: evaluation, evaluator: evaluator, submission: arguments.value("submission"),
            revise: arguments.flag("revise"))
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
}

/// The criteria an evaluator still has to score, grouped by submission.
struct ScoringQueue {
    struct Item {
        var submission: Int
        var criterion: Int
        /// The row of the score already given (shown with --revise).
        var existingRow: Int?
        /// Its position in the evaluator's whole sheet, from 1.
        var number: Int
    }

    let items: [Item]
    /// How many criteria the evaluator's whole sheet has (scored or not), for `[4/6]`.
    let sheetSize: Int

    init(evaluation: RoundEvaluation, evaluator: Int, submission: String?, revise: Bool)
        throws(CommandError)
    {
        let assignments = ScoringAssignments(round: evaluation.round, decision: evaluation.decision)
        var all = assignments.assignments(for: evaluator)
        if let submission {
            guard
                let position = evaluation.round.submissions.firstIndex(where: {
                    $0.id == submission
                })
            else {
                let ids = evaluation.round.submissions.map(\.id)
                throw .usage(
                    .invalidValue(
                        option: "--submission", value: submission,
                        reason:
                            "no such submission\(EditDistance.didYouMean(submission, among: ids))"))
            }
            all = all.filter { $0.submission == position }
            if all.isEmpty {
                throw .failed(
                    ScoringQueue.whyNotAssigned(
                        evaluation, evaluator: evaluator, position: position))
            }
        }
        let existing = assignments.existingRows(for: evaluator)
        sheetSize = all.count
        items = all.enumerated().compactMap { offset, assignment in
            let row = existing[assignment]
            return revise || row == nil
                ? Item(
                    submission: assignment.submission, criterion: assignment.criterion,
                    existingRow: row, number: offset + 1) : nil
        }
    }

    private static func whyNotAssigned(_ evaluation: RoundEvaluation, evaluator: Int, position: Int)
        -> String
    {
        let id = evaluation.round.submissions[position].id
        if evaluation.decision.submissions[position].status == .ineligible {
            return "submission '\(id)' is ineligible (it failed a gate), so it is not scored"
        }
        return
            "you are excluded from submission '\(id)' by a conflict of interest, so you may not score it"
    }
}
