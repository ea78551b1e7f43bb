/// Step 11's round-level blocking items: a round that still holds `tender init`'s placeholders
/// (the buyer, the description, the example evaluator) or, for grants, a budget of 0, is not
/// ready for a final decision: one `incomplete-round` item per field, naming it.
extension EvaluationState {
    mutating func blockOnIncompleteRound() {
        let fields = RoundReadiness.incompleteFields(
            round: input.round, panel: input.panel, mode: input.rubric.award.mode)
        for field in fields {
            blocking.append(
                BlockingItem(
                    kind: .incompleteRound, submission: "", criterion: nil, evaluator: nil,
                    detail: .incompleteField(field),
                    field: "\(field.file) \(field.path)"))
        }
    }
}
