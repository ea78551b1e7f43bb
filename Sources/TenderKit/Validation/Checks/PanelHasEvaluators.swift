/// A warning when panel.json lists no evaluator: nothing can be scored, and every panel-scored
/// criterion would have no consensus.
public enum PanelHasEvaluators: RoundCheck {
    public static func check(_ documents: RoundDocuments) -> [Diagnostic] {
        guard let panel = documents.panel, panel.evaluators.isEmpty else { return [] }
        return [
            Diagnostic(
                .warning, at: documents.fileLocation("panel.json"),
                "the panel has no evaluators: add each panel member to evaluators (id, name, email, organisation, interests)"
            )
        ]
    }
}
