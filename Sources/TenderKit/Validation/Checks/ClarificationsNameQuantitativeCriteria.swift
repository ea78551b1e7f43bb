/// Each clarification names a known submission and a quantitative criterion.
///
/// Clarifications answer abnormally low values, which only quantitative criteria have; one that
/// names anything else records an answer to a question that was never asked.
public enum ClarificationsNameQuantitativeCriteria: RoundCheck {
    public static func check(_ documents: RoundDocuments) -> [Diagnostic] {
        guard let decisions = documents.decisions else { return [] }
        var diagnostics: [Diagnostic] = []
        for entry in decisions.clarifications {
            if let problem = DecisionReferences.unknownSubmission(entry.submission, in: documents, at: entry.location, entry: "clarification") {
                diagnostics.append(problem)
            }
            guard let rubric = documents.rubric else { continue }
            if let problem = DecisionReferences.unknownCriterion(entry.criterion, in: rubric, at: entry.location, entry: "clarification") {
                diagnostics.append(problem)
            } else if rubric.criteria.first(where: { $0.id == entry.criterion })?.quantitative == nil {
                diagnostics.append(.error(
                    at: entry.location,
                    "clarification names criterion '\(entry.criterion)', which the panel scores; clarifications answer abnormally low values of quantitative criteria"))
            }
        }
        return diagnostics
    }
}
