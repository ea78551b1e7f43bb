/// A moderated score lies on the rubric's scale.
///
/// The agreed score is used exactly as an evaluator's score would be; one outside the scale would
/// give a criterion more than its weight, or negative points. Skipped when the scale itself is
/// broken (`ScaleMinIsBelowMax`), as the scores in scores.csv are.
public enum ModerationScoresLieOnScale: RoundCheck {
    public static func check(_ documents: RoundDocuments) -> [Diagnostic] {
        guard let decisions = documents.decisions, let scale = documents.rubric?.scale,
            scale.min < scale.max
        else { return [] }
        return decisions.moderation.enumerated().compactMap { index, entry in
            guard entry.score < scale.min || entry.score > scale.max else { return nil }
            return .error(
                at: entry.location(of: "score"),
                "moderation[\(index)].score \(NumberText.plain(entry.score)) for '\(entry.submission)' / '\(entry.criterion)' is outside the scale \(NumberText.plain(scale.min)) to \(NumberText.plain(scale.max))"
            )
        }
    }
}
