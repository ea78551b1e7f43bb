/// Whether a moderation is needed: the rubric asks for one when the independent scores spread by
/// more than `consensus.maxSpread`. A moderation of scores that agree replaces the panel's own
/// consensus, which is unusual, so `tender decide` asks for `--override` and says why.
extension DecisionEditCheck {
    func moderationIsUnusual(submission: String, criterion: String) -> String? {
        guard let result = decision.submissions.first(where: { $0.id == submission }) else {
            return nil
        }
        let maxSpread = round.rubric.consensus.maxSpread
        let subject = "'\(submission)' / '\(criterion)'"
        guard result.status != .ineligible else {
            return
                "\(subject) is not scored: the submission is ineligible, so there is nothing to moderate"
        }
        guard let scores = result.criteria.first(where: { $0.id == criterion }),
            let spread = scores.spread
        else {
            return
                "no independent score of \(subject) has been recorded yet, so the panel has nothing to moderate; score it first (tender score), or add --override to set the agreed score anyway"
        }
        guard !ScoreThreshold.isAbove(spread, maxSpread) else { return nil }
        let method = round.rubric.consensus.method.rawValue
        let consensus =
            scores.source == .moderated
            ? "" : scores.consensus.map { " of \(NumberText.fixed($0, 2))" } ?? ""
        return
            "the scores for \(subject) spread by \(NumberText.plain(spread)), within the rubric's maxSpread of \(NumberText.plain(maxSpread)), so the panel's \(method)\(consensus) stands without moderation; replacing it is unusual: add --override if the panel agreed to, and say why in the rationale"
    }
}
