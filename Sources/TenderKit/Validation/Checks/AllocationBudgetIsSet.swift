/// A warning when a round that funds grants down a ranked list (`award.mode` allocation) has a
/// budget of 0: nothing can be funded, and the decision would quietly be "no award". It also
/// blocks a final decision (`incomplete-round`).
public enum AllocationBudgetIsSet: RoundCheck {
    public static func check(_ documents: RoundDocuments) -> [Diagnostic] {
        RoundReadiness.incompleteFields(
            round: documents.round, panel: nil, mode: documents.rubric?.award.mode
        ).filter { $0.path == RoundReadiness.budgetPath }.map { field in
            Diagnostic(
                .warning, at: field.location ?? documents.fileLocation(field.file),
                "\(field.path) \(field.problem)")
        }
    }
}
