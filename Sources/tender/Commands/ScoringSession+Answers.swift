import Foundation
import TenderKit

/// Asking for a score and a comment, and saving them.
extension ScoringSession {
    struct Answer {
        var score: Double
        var comment: String
    }

    /// nil: stop (end of input or 'q'); `.some(nil)`: keep the current score; otherwise the answer.
    func ask(_ item: ScoringQueue.Item) -> Answer?? {
        let scale = evaluation.round.rubric.scale
        var score: Double?
        while score == nil {
            console.writeOut(
                "Score (\(NumberText.plain(scale.min))-\(NumberText.plain(scale.max))): ")
            guard let line = console.readLine(), line.trimmingWhitespaceAndQuotes() != "q" else {
                return nil
            }
            if line.trimmingWhitespaceAndQuotes().isEmpty, item.existingRow != nil {
                return .some(nil)
            }
            switch ScoreInput.parse(line, scale: scale) {
            case .success(let value): score = value
            case .failure(let problem): console.print("  \(problem.message)")
            }
        }
        let required = evaluation.round.rubric.panel.requireComments
        while true {
            console.writeOut(required ? "Comment (required): " : "Comment (optional): ")
            guard let line = console.readLine() else { return nil }
            let comment = line.trimmingCharacters(in: .whitespaces)
            if comment == "q" { return nil }
            if comment.isEmpty, required {
                console.print("  A comment is required: say why you gave this score.")
                continue
            }
            return .some(Answer(score: score ?? 0, comment: comment))
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
        do {
            try AtomicFile.write(ScoresFile.upsert(current, row), to: scoresPath)
        } catch {
            throw .failed("\(error.description); answers before this one are saved")
        }
        saved += 1
        console.print("  saved")
    }
}
