/// Each clarification names a known submission and a quantitative criterion.
///
/// Clarifications answer abnormally low values, which only quantitative criteria have; one that
/// names anything else records an answer to a question that was never asked.
public enum ClarificationsNameQuantitativeCriteria: RoundCheck {
    public static func check(_ documents: RoundDocuments) -> [Diagnostic] {
        guard let decisions = documents.decisions else { return [] }
        let references = DecisionReferences(documents)
        var diagnostics: [Diagnostic] = []
        for (index, entry) in decisions.clarifications.enumerated() {
            let path = "clarifications[\(index)]"
            if let problem = references.unknownSubmission(entry.submission, at: entry.location(of: "submission"), entry: path) {
                diagnostics.append(problem)
            }
            guard documents.rubric != nil else { continue }
            guard let criterion = references.criterion(entry.criterion) else {
                diagnostics.append(references.unknownCriterion(entry.criterion, at: entry.location(of: "criterion"), entry: path))
                continue
            }
            if criterion.quantitative == nil {
                diagnostics.append(.error(
                    at: entry.location(of: "criterion"),
                    "\(path) names criterion '\(entry.criterion)', which the panel scores; clarifications answer abnormally low values of quantitative criteria"))
            }
        }
        return diagnostics
    }
}
