/// `tender status` for a round too large for the evaluator × submission matrix (a national fund:
/// 200 evaluators, 100,000 submissions): a few lines of counts that fit a screen, then the first
/// blocking items.
extension StatusReport {
    /// How many blocking items the text shows in full; the JSON has every one.
    static let itemsShown = 20

    func summaryLines() -> [String] {
        let eligible = submissions.count
        var fewest = Int.max
        var most = 0
        for position in submissions {
            for criterion in decision.submissions[position].criteria
            where criterion.kind == .quality {
                fewest = min(fewest, criterion.scoreRows.count)
                most = max(most, criterion.scoreRows.count)
            }
        }
        let pairs = Set(
            decision.conflicts.findings.map { IDPairKey.make($0.evaluator, $0.submission) })
        let pending = decision.blocking.filter { $0.kind == .possibleConflict }.count
        var lines = [
            "",
            "Scoring: \(NumberText.counted(round.scores.count, "score")) from \(NumberText.counted(round.panel.evaluators.count, "evaluator")) on \(NumberText.counted(eligible, "eligible submission")) (\(NumberText.counted(round.rubric.qualityCriteria.count, "panel-scored criterion", plural: "panel-scored criteria")) each).",
        ]
        if eligible > 0, fewest != Int.max {
            lines.append(
                "  Independent scores per submission and criterion: fewest \(fewest), most \(most) (the rubric asks for at least \(round.rubric.panel.minIndependentEvaluators))."
            )
        }
        lines.append(
            "  Conflicts of interest: \(NumberText.counted(pairs.count, "evaluator–submission pair")) with findings, \(pending) awaiting a ruling ('tender conflicts ROUND')."
        )
        return lines
    }

    /// At most five ids, then how many more.
    static func list(_ ids: [String]) -> String {
        let shown = ids.prefix(5).joined(separator: ", ")
        return ids.count > 5 ? "\(shown) and \(ids.count - 5) more" : shown
    }
}
