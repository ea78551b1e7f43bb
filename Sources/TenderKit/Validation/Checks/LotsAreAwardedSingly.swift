/// A round divided into lots uses a rubric in `single` award mode.
///
/// Each lot is one contract, awarded to one submission; a budget shared down one ranked list
/// (`allocation`) has no meaning across lots that are competed separately.
public enum LotsAreAwardedSingly: RoundCheck {
    public static func check(_ documents: RoundDocuments) -> [Diagnostic] {
        guard let round = documents.round, let rubric = documents.rubric, !round.lots.isEmpty,
            rubric.award.mode == .allocation
        else { return [] }
        return [
            .error(
                at: round.lots[0].location,
                "lots: the round is divided into lots, but its rubric '\(rubric.id)' awards in 'allocation' mode; lots are awarded one contract each: use a rubric whose award.mode is 'single', or remove the lots"
            )
        ]
    }
}
