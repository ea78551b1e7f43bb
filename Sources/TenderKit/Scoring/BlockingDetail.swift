/// What blocks a decision, with the figures that say why; `BlockingWords` puts it in words for
/// decision.json, the rationale and `tender status`.
public enum BlockingDetail: Sendable, Equatable {
    /// The counted scores spread by more than the rubric's `maxSpread`.
    case spread(scores: [EvaluatorScore], spread: Double, maxSpread: Double)
    /// Fewer independent scores than the rubric's `minIndependentEvaluators`.
    case tooFewEvaluators(independent: Int, needed: Int)
    /// A value abnormally low, awaiting the panel's clarification.
    case abnormallyLow(AbnormalValue)
    /// A shared rank on which the award depends (in the lot titled `lotTitle`, for a lot's award).
    case tie(rank: Int, lotTitle: String?)
    /// A possible conflict of interest awaiting the chair's ruling.
    case pendingConflict
    /// A field of round.json or panel.json that still holds `tender init`'s placeholder.
    case incompleteField(IncompleteField)

    /// One evaluator's counted score.
    public struct EvaluatorScore: Sendable, Equatable {
        public var evaluator: String
        public var score: Double
    }
}
