/// Each clarification names a known submission and a quantitative criterion.
///
/// Clarifications answer abnormally low values, which only quantitative criteria have; one that
/// names anything else records an answer to a question that was never asked.
public enum ClarificationsNameQuantitativeCriteria: RoundCheck {
    public static func check(_ documents: RoundDocuments) -> [Diagnostic] {
        guard let decisions = documents.decisions else { return [] }
        let references = DecisionReferences(documents)
        return decisions.clarifications.enumerated().flatMap { index, entry in
            references.problems(
                submission: entry.submission, criterion: entry.criterion,
                path: "clarifications[\(index)]", locate: entry.location(of:),
                wrongKind: { criterion in
                    criterion.quantitative != nil
                        ? nil
                        : "which the panel scores; clarifications answer abnormally low values of quantitative criteria"
                })
        }
    }
}
