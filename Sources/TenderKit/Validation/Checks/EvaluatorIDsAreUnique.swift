/// Each evaluator's id appears once in the panel.
///
/// Scores and conflict rulings name evaluators by id; a repeated id would let one person's scores
/// be counted as another's, or a conflict ruling apply to the wrong person.
public enum EvaluatorIDsAreUnique: RoundCheck {
    public static func check(_ documents: RoundDocuments) -> [Diagnostic] {
        guard let panel = documents.panel else { return [] }
        return DuplicateIDs.find(
            panel.evaluators.enumerated().map { ($1.id, $1.location, "evaluators[\($0)].id") },
            kind: "evaluator")
    }
}
