/// The data a rule reads, for tools that need to know it without evaluating: `tender score` shows
/// an evaluator the submission fields the gates use, and hides those the value-for-money rules use.
extension RuleProgram {
    /// The member names of every `submission.…` path in the rule (lambda bodies included), up to
    /// the first index, in text order, without repeats: `[["organisation", "type"], ["purposes"]]`.
    public var submissionPaths: [[String]] {
        var paths: [[String]] = []
        root.collectSubmissionPaths(into: &paths)
        return paths
    }
}

extension CheckedExpression {
    fileprivate func collectSubmissionPaths(into paths: inout [[String]]) {
        if case .path(let access) = kind, case .root(.submission) = access.base {
            var members: [String] = []
            for segment in access.segments {
                guard case .member(let name) = segment else { break }
                members.append(name)
            }
            if !members.isEmpty, !paths.contains(members) { paths.append(members) }
        }
        for child in children { child.collectSubmissionPaths(into: &paths) }
        if case .call(let site) = kind, let lambda = site.lambda {
            lambda.body.collectSubmissionPaths(into: &paths)
        }
    }
}
