/// Each moderation entry names a known submission and one of the panel-scored criteria.
///
/// A moderated score replaces the panel's consensus for that submission and criterion; an entry
/// for something that does not exist, or for a criterion computed from a rule (price), would be
/// silently ignored and the panel would believe its agreement had been recorded.
public enum ModerationNamesScoredCriteria: RoundCheck {
    public static func check(_ documents: RoundDocuments) -> [Diagnostic] {
        guard let decisions = documents.decisions else { return [] }
        let references = DecisionReferences(documents)
        var diagnostics: [Diagnostic] = []
        for (index, entry) in decisions.moderation.enumerated() {
            let path = "moderation[\(index)]"
            if let problem = references.unknownSubmission(entry.submission, at: entry.location(of: "submission"), entry: path) {
                diagnostics.append(problem)
            }
            guard documents.rubric != nil else { continue }
            guard let criterion = references.criterion(entry.criterion) else {
                diagnostics.append(references.unknownCriterion(entry.criterion, at: entry.location(of: "criterion"), entry: path))
                continue
            }
            if criterion.quantitative != nil {
                diagnostics.append(.error(
                    at: entry.location(of: "criterion"),
                    "\(path) names criterion '\(entry.criterion)', which is quantitative (computed by the rubric's rule), so it cannot be moderated"))
            }
        }
        return diagnostics
    }
}
