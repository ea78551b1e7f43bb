import Foundation
import TenderKit

/// The conversation of `tender score`: show, ask, check, save, and carry on.
struct ScoringSession {
    let evaluation: RoundEvaluation
    let evaluator: Int
    let console: Console
    let scoresPath: String
    /// Writes each answer to scores.csv with its entry in the round's history.
    let history: HistoryWriter
    var saved = 0

    init(
        evaluation: RoundEvaluation, evaluator: Int, console: Console, scoresPath: String,
        history: HistoryWriter
    ) {
        self.evaluation = evaluation
        self.evaluator = evaluator
        self.console = console
        self.scoresPath = scoresPath
        self.history = history
    }

    private var round: LoadedRound { evaluation.round }
    private var rubric: Rubric { round.rubric }

    mutating func run(_ queue: ScoringQueue) throws(CommandError) -> ExitCode {
        console.print(
            "\(queue.items.count) criteria to score. Type a score, then a comment; Enter skips a score, '?' shows the scale, 'q' or Ctrl-C stops (everything answered is saved)."
        )
        var shown: Int?
        var skipped = 0
        for item in queue.items {
            if shown != item.submission {
                showSubmission(item.submission)
                shown = item.submission
            }
            showCriterion(item, number: item.number, of: queue.sheetSize)
            switch ask(item) {
            case .stop:
                console.print(
                    "\nStopped. \(NumberText.counted(saved, "answer")) saved to \(scoresPath); run the same command to carry on."
                )
                return .success
            case .keep: continue
            case .skip: skipped += 1
            case .answer(let answer): try save(item, score: answer.score, comment: answer.comment)
            }
        }
        let skippedText =
            skipped == 0
            ? "" : "; \(skipped) skipped (still unscored: run the same command to score them)"
        console.print(
            "\nDone: \(NumberText.counted(saved, "answer")) saved to \(scoresPath)\(skippedText).")
        return .success
    }

    func showScale() {
        for descriptor in rubric.scale.descriptors {
            console.print(
                "  \(NumberText.plain(descriptor.score))  \(descriptor.label): \(descriptor.meaning)"
            )
        }
    }

    private func showSubmission(_ position: Int) {
        let submission = round.submissions[position]
        console.print("\n" + String(repeating: "=", count: 72))
        console.print("\(submission.id): \(submission.title)")
        console.print(
            "Organisation: \(submission.organisation.name)"
                + (submission.organisation.type.map { " (\($0))" } ?? ""))
        for field in SubmissionBrief(submission: submission, rubric: rubric).fields {
            console.print("\(field.label): \(field.value)")
        }
    }

    private func showCriterion(_ item: ScoringQueue.Item, number: Int, of total: Int) {
        let criterion = rubric.criteria[item.criterion]
        console.print(
            "\n[\(number)/\(total)] \(criterion.title) (weight \(NumberText.plain(criterion.weight)))"
        )
        if let guidance = criterion.guidance { console.print("Guidance: \(guidance)") }
        if let response = SubmissionBrief(
            submission: round.submissions[item.submission], rubric: rubric
        ).response(to: criterion) {
            console.print("The applicant says: \(response)")
        }
        showScale()
        if let row = item.existingRow {
            console.print(
                "Your current score: \(NumberText.plain(round.scores.scores[row])) — \(round.scores.comment(row)) (press Enter to keep it)"
            )
        }
    }
}
