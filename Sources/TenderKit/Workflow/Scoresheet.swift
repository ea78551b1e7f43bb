/// The blank scoresheet an evaluator fills in any spreadsheet: the columns of `scores.csv`, then
/// the submission's and criterion's titles and the scale for the person (import ignores them), one
/// row per assignment (eligible submission not excluded from, panel-scored criterion), with the
/// score and comment left empty. It never shows a price or any other quantitative value: evaluators
/// score quality blind to price.
public enum Scoresheet {
    public static func blank(
        for evaluator: Int, assignments: ScoringAssignments, round: LoadedRound
    ) -> String {
        var writer = CSVWriter(neutralisesFormulas: true)
        writer.writeRow(ScoreTable.columns + SheetHeader.informational)
        let id = round.panel.evaluators[evaluator].id
        let scale = ScoreCheck.scaleText(round.rubric.scale)
        for assignment in assignments.assignments(for: evaluator) {
            let submission = round.submissions[assignment.submission]
            let criterion = round.rubric.criteria[assignment.criterion]
            writer.writeRow([
                id, submission.id, criterion.id, "", "", submission.title, criterion.title, scale,
            ])
        }
        return writer.text
    }
}
