/// Each conflict ruling names a known evaluator and a known submission.
///
/// A ruling excludes or keeps an evaluator's scores; one naming a mistyped evaluator would leave
/// the real conflict unruled while the record claims it was considered.
public enum ConflictRulingsNameKnownPairs: RoundCheck {
    public static func check(_ documents: RoundDocuments) -> [Diagnostic] {
        guard let decisions = documents.decisions else { return [] }
        var diagnostics: [Diagnostic] = []
        for entry in decisions.conflicts {
            if let evaluators = documents.panel?.evaluators.map(\.id), !evaluators.contains(entry.evaluator) {
                diagnostics.append(.error(
                    at: entry.location,
                    "conflict ruling names unknown evaluator '\(entry.evaluator)'\(EditDistance.didYouMean(entry.evaluator, among: evaluators))"))
            }
            if let problem = DecisionReferences.unknownSubmission(entry.submission, in: documents, at: entry.location, entry: "conflict ruling") {
                diagnostics.append(problem)
            }
        }
        return diagnostics
    }
}
