/// The blank scoresheet an evaluator fills in any spreadsheet: the header of `scores.csv` and one
/// row per assignment (eligible submission not excluded from, panel-scored criterion), with the
/// score and comment left empty. It never shows a price or any other quantitative value: evaluators
/// score quality blind to price.
public enum Scoresheet {
    public static func blank(
        for evaluator: Int, assignments: ScoringAssignments, round: LoadedRound
    ) -> String {
        var writer = CSVWriter(neutralisesFormulas: true)
        writer.writeRow(ScoreTable.columns)
        let id = round.panel.evaluators[evaluator].id
        for assignment in assignments.assignments(for: evaluator) {
            writer.writeRow([
                id, round.submissions[assignment.submission].id,
                round.rubric.criteria[assignment.criterion].id, "", "",
            ])
        }
        return writer.text
    }
}
