/// What the round's decisions may name (its submissions, evaluators and criteria), each gathered
/// once, and the shared wording for a decision that names something the round does not have.
///
/// A national round has 100,000 submissions and may have thousands of decisions: each entry is
/// checked by a hash lookup, never by scanning every id.
struct DecisionReferences {
    private let submissionIDs: [String]
    private let knownSubmissions: Set<String>
    private let checksSubmissions: Bool
    /// nil when panel.json failed to load (its own errors are reported).
    private let evaluatorIDs: [String]?
    private let knownEvaluators: Set<String>
    private let criterionIDs: [String]
    private let criteria: [String: Criterion]
    /// False when the rubric failed to load: criteria are then not checked (its errors are reported).
    private let rubricRead: Bool

    init(_ documents: RoundDocuments) {
        submissionIDs = documents.submissions.map(\.id)
        knownSubmissions = Set(submissionIDs).union(documents.unreadableSubmissions)
        checksSubmissions = documents.submissionsFolderRead
        evaluatorIDs = documents.panel?.evaluators.map(\.id)
        knownEvaluators = Set(evaluatorIDs ?? [])
        criterionIDs = documents.rubric?.criteria.map(\.id) ?? []
        rubricRead = documents.rubric != nil
        criteria = Dictionary(
            (documents.rubric?.criteria ?? []).map { ($0.id, $0) },
            uniquingKeysWith: { first, _ in first })
    }

    func unknownSubmission(_ id: String, at location: SourceLocation, entry: String) -> Diagnostic?
    {
        guard checksSubmissions, !knownSubmissions.contains(id) else { return nil }
        return .error(
            at: location,
            "\(entry) names unknown submission '\(id)'\(EditDistance.didYouMean(id, amongAtMost: submissionIDs))"
        )
    }

    /// Nil when the evaluator is known, or when the panel could not be read.
    func unknownEvaluator(_ id: String, at location: SourceLocation, entry: String) -> Diagnostic? {
        guard let evaluatorIDs, !knownEvaluators.contains(id) else { return nil }
        return .error(
            at: location,
            "\(entry) names unknown evaluator '\(id)'\(EditDistance.didYouMean(id, amongAtMost: evaluatorIDs))"
        )
    }

    /// The rubric's criterion with this id (the first, if ids repeat), or nil.
    func criterion(_ id: String) -> Criterion? {
        criteria[id]
    }

    func unknownCriterion(_ id: String, at location: SourceLocation, entry: String) -> Diagnostic {
        .error(
            at: location,
            "\(entry) names unknown criterion '\(id)'\(EditDistance.didYouMean(id, amongAtMost: criterionIDs))"
        )
    }

    /// The problems of a decision that names a submission and a criterion: an unknown submission,
    /// an unknown criterion, or a criterion of the wrong kind (`wrongKind` says why, nil if it fits).
    func problems(
        submission: String, criterion id: String, path: String, locate: (String) -> SourceLocation,
        wrongKind: (Criterion) -> String?
    ) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        if let problem = unknownSubmission(submission, at: locate("submission"), entry: path) {
            problems.append(problem)
        }
        guard rubricRead else { return problems }
        guard let criterion = criterion(id) else {
            return problems + [unknownCriterion(id, at: locate("criterion"), entry: path)]
        }
        if let reason = wrongKind(criterion) {
            problems.append(
                .error(at: locate("criterion"), "\(path) names criterion '\(id)', \(reason)"))
        }
        return problems
    }
}
