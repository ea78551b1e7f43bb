extension RuleProgram {
    /// The top-level members of `submission` the rule may read, inside lambdas too
    /// (`any(submission.purposes, p => p in submission.allowed)` reads `purposes` and `allowed`);
    /// nil when it may read the submission whole or a member whose name is worked out
    /// (`submission[x]`). A loaded round keeps the values of these members (`SubmissionFields`).
    public var submissionMembers: Set<String>? {
        var members: Set<String> = []
        return Self.collectSubmissionMembers(root, into: &members) ? members : nil
    }

    /// Adds the members `node` reads to `members`; false when it may read any member.
    private static func collectSubmissionMembers(
        _ node: CheckedExpression, into members: inout Set<String>
    ) -> Bool {
        if case .path(let access) = node.kind, case .root(.submission) = access.base {
            switch access.segments.first {
            case .member(let name): members.insert(name)
            case .index(let index):
                guard case .constant(.string(let name)) = index.kind else { return false }
                members.insert(name)
            case nil: return false
            }
        }
        if case .call(let site) = node.kind, let lambda = site.lambda,
            !collectSubmissionMembers(lambda.body, into: &members)
        {
            return false
        }
        return node.children.allSatisfy { collectSubmissionMembers($0, into: &members) }
    }
}
