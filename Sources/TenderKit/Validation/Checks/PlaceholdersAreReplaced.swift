/// A warning at each placeholder `tender init` wrote that is still in the round: the buyer's id
/// and name, the description's "Describe the round here.", the example evaluator.
///
/// A placeholder buyer would be published as the OCDS publisher and the 360Giving funder; the
/// example evaluator is nobody. Each also blocks a final decision (`incomplete-round`).
public enum PlaceholdersAreReplaced: RoundCheck {
    public static func check(_ documents: RoundDocuments) -> [Diagnostic] {
        RoundReadiness.incompleteFields(
            round: documents.round, panel: documents.panel, mode: documents.rubric?.award.mode
        ).filter { $0.path != RoundReadiness.budgetPath }.map { field in
            Diagnostic(
                .warning, at: field.location ?? documents.fileLocation(field.file),
                "\(field.path) \(field.problem)")
        }
    }
}
