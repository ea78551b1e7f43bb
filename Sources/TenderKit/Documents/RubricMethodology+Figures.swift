/// The points of the method an auditor would otherwise have to guess: how figures are rounded for
/// display, what a total adds, when totals are equal, and how a provisional ranking is built.
extension RubricMethodology {
    func figures(_ level: Int) -> [Block] {
        [
            .heading(
                level: level, text: [.text("How the figures are worked out")], anchor: "figures"),
            .bulletList([
                [
                    .text(
                        "Points, totals and percentages are shown to 2 decimal places, agreed scores to at most 2 and values to 2 (money to the penny). To show a figure, it is first taken to 9 significant digits and then rounded half away from zero: 30.625 is shown as 30.63."
                    )
                ],
                [
                    .text(
                        "Every calculation uses the unrounded figures. A total is the sum of the unrounded points, so it can differ by 0.01 from the sum of the points as shown (points of 20.004 and 47.174 are shown as 20.00 and 47.17, and their total 67.178 as 67.18)."
                    )
                ],
                [
                    .text(
                        "Totals are equal when they differ by no more than 0.000000001 (1e-9); a score, percentage or total within 1e-9 of a threshold counts as equal to it. Two totals shown alike to 2 places are not equal unless they are within 1e-9."
                    )
                ],
                [
                    .text(
                        "While the decision is provisional, the ranking and outcome shown are those that would stand if nothing changed: an agreed score still awaiting moderation is the \(rubric.consensus.method.rawValue) of the independent scores; the scores of an evaluator whose possible conflict of interest awaits the chair's ruling count; and a value flagged as abnormally low that awaits a clarification stays in, and can be the best value that the others' points are worked out from."
                    )
                ],
            ]),
        ]
    }
}
