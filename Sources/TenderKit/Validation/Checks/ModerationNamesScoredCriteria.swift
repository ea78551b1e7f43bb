/// Each moderation entry names a known submission and one of the panel-scored criteria.
///
/// A moderated score replaces the panel's consensus for that submission and criterion; an entry
/// for something that does not exist, or for a criterion computed from a rule (price), would be
/// silently ignored and the panel would believe its agreement had been recorded.
public enum ModerationNamesScoredCriteria: RoundCheck {
    public static func check(_ documents: RoundDocuments) -> [Diagnostic] {
        guard let decisions = documents.decisions else { return [] }
        var diagnostics: [Diagnostic] = []
        for entry in decisions.moderation {
            if let problem = DecisionReferences.unknownSubmission(entry.submission, in: documents, at: entry.location, entry: "moderation") {
                diagnostics.append(problem)
            }
            guard let rubric = documents.rubric else { continue }
            if let problem = DecisionReferences.unknownCriterion(entry.criterion, in: rubric, at: entry.location, entry: "moderation") {
                diagnostics.append(problem)
            } else if rubric.criteria.first(where: { $0.id == entry.criterion })?.quantitative != nil {
                diagnostics.append(.error(
                    at: entry.location,
                    "moderation names criterion '\(entry.criterion)', which is quantitative (computed by the rubric's rule), so it cannot be moderated"))
            }
        }
        return diagnostics
    }
}
