/// Each conflict ruling names a known evaluator and a known submission.
///
/// A ruling excludes or keeps an evaluator's scores; one naming a mistyped evaluator would leave
/// the real conflict unruled while the record claims it was considered.
public enum ConflictRulingsNameKnownPairs: RoundCheck {
    public static func check(_ documents: RoundDocuments) -> [Diagnostic] {
        guard let decisions = documents.decisions else { return [] }
        let references = DecisionReferences(documents)
        var diagnostics: [Diagnostic] = []
        for (index, entry) in decisions.conflicts.enumerated() {
            let path = "conflicts[\(index)]"
            if let problem = references.unknownEvaluator(
                entry.evaluator, at: entry.location(of: "evaluator"), entry: path)
            {
                diagnostics.append(problem)
            }
            if let problem = references.unknownSubmission(
                entry.submission, at: entry.location(of: "submission"), entry: path)
            {
                diagnostics.append(problem)
            }
        }
        return diagnostics
    }
}
