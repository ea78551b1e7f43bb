/// Shared wording for decisions that name something the round does not have.
enum DecisionReferences {
    static func unknownSubmission(_ id: String, in documents: RoundDocuments, at location: SourceLocation, entry: String) -> Diagnostic? {
        let ids = documents.submissions.map(\.id)
        guard !ids.contains(id) else { return nil }
        return .error(at: location, "\(entry) names unknown submission '\(id)'\(EditDistance.didYouMean(id, among: ids))")
    }

    static func unknownCriterion(_ id: String, in rubric: Rubric, at location: SourceLocation, entry: String) -> Diagnostic? {
        let ids = rubric.criteria.map(\.id)
        guard !ids.contains(id) else { return nil }
        return .error(at: location, "\(entry) names unknown criterion '\(id)'\(EditDistance.didYouMean(id, among: ids))")
    }
}
