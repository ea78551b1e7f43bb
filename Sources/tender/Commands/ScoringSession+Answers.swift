import Foundation
import TenderKit

/// Asking for a score and a comment, and saving them.
extension ScoringSession {
    struct Answer {
        var score: Double
        var comment: String
    }

    /// What the evaluator answered to one criterion.
    enum Reply {
        /// Stop: end of input, 'q' or Ctrl-C.
        case stop
        /// Keep the current score (--revise, Enter).
        case keep
        /// Leave it unscored for now (Enter with no score to keep).
        case skip
        case answer(Answer)
    }

    /// A line from the terminal with escape sequences (arrow keys…) and control characters
    /// removed; nil at the end of input or after Ctrl-C.
    func readAnswerLine() -> String? {
        guard !StopRequest.isRequested, let line = console.readLine() else { return nil }
        return TerminalInput.clean(line)
    }

    func ask(_ item: ScoringQueue.Item) -> Reply {
        let scale = evaluation.round.rubric.scale
        var score: Double?
        while score == nil {
            console.writeOut(
                "Score (\(ScoreCheck.scaleText(scale)); Enter skips, ? shows the scale): ")
            guard let line = readAnswerLine(), line.trimmingWhitespaceAndQuotes() != "q" else {
                return .stop
            }
            let typed = line.trimmingWhitespaceAndQuotes()
            if typed.isEmpty { return item.existingRow != nil ? .keep : .skip }
            if typed == "?" {
                showScale()
                continue
            }
            switch ScoreInput.parse(typed, scale: scale) {
            case .success(let value): score = value
            case .failure(let problem): console.print("  \(problem.message)")
            }
        }
        return askComment(item, score: score ?? 0)
    }

    /// The comment; with --revise, Enter keeps the comment already given.
    private func askComment(_ item: ScoringQueue.Item, score: Double) -> Reply {
        let required = evaluation.round.rubric.panel.requireComments
        let previous = item.existingRow.map { evaluation.round.scores.comment($0) } ?? ""
        while true {
            console.writeOut(
                !previous.isEmpty
                    ? "Comment (Enter keeps: \(previous)): "
                    : required ? "Comment (required): " : "Comment (optional): ")
            guard let line = readAnswerLine() else { return .stop }
            var comment = line.trimmingCharacters(in: .whitespaces)
            if comment == "q" { return .stop }
            if comment.isEmpty { comment = previous }
            if comment.isEmpty, required {
                console.print("  A comment is required: say why you gave this score.")
                continue
            }
            return .answer(Answer(score: score, comment: comment))
        }
    }

    /// Writes the answer to scores.csv at once, atomically.
    mutating func save(_ item: ScoringQueue.Item, score: Double, comment: String)
        throws(CommandError)
    {
        let current = FileBytes.contents(atPath: scoresPath) ?? []
        let row = ScoresFile.NewRow(
            evaluator: evaluation.round.panel.evaluators[evaluator].id,
            submission: evaluation.round.submissions[item.submission].id,
            criterion: evaluation.round.rubric.criteria[item.criterion].id,
            score: NumberText.plain(score), comment: comment)
        let change = HistoryChange.score(
            evaluator: row.evaluator, submission: row.submission, criterion: row.criterion,
            old: item.existingRow.map {
                (
                    NumberText.plain(evaluation.round.scores.scores[$0]),
                    evaluation.round.scores.comment($0)
                )
            }, new: (row.score, row.comment))
        do {
            try history.write(
                ScoresFile.upsert(current, row), to: "scores.csv", changes: [change],
                basedOn: current)
        } catch {
            throw .failed("\(error.message); answers before this one are saved")
        }
        saved += 1
        console.print("  saved")
    }
}
