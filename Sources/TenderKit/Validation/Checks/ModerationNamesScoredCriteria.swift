/// Each moderation entry names a known submission and one of the panel-scored criteria.
///
/// A moderated score replaces the panel's consensus for that submission and criterion; an entry
/// for something that does not exist, or for a criterion computed from a rule (price), would be
/// silently ignored and the panel would believe its agreement had been recorded.
public enum ModerationNamesScoredCriteria: RoundCheck {
    public static func check(_ documents: RoundDocuments) -> [Diagnostic] {
        guard let decisions = documents.decisions else { return [] }
        let references = DecisionReferences(documents)
        return decisions.moderation.enumerated().flatMap { index, entry in
            references.problems(
                submission: entry.submission, criterion: entry.criterion,
                path: "moderation[\(index)]", locate: entry.location(of:),
                wrongKind: { criterion in
                    criterion.quantitative == nil
                        ? nil
                        : "which is quantitative (computed by the rubric's rule), so it cannot be moderated"
                })
        }
    }
}
