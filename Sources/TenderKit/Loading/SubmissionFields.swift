/// How much of each submission's JSON a loaded round keeps (`RoundLoader.load(submissionFields:)`).
///
/// A national round's submissions are mostly answers in free text (`responses`), which
/// `tender score` shows an evaluator but nothing in an evaluation reads: kept for 100,000
/// submissions they were about 300 MB of the run's memory. A run that only evaluates keeps, of
/// each submission's top-level members, those the rubric's rules read and those the documents read
/// (`Submission.DocumentField`); every other member keeps its name, so that a message can still
/// say which fields the submissions have, with its value replaced by null.
public enum SubmissionFields: Sendable {
    /// Every member as the file gives it.
    case all
    /// The members the rubric's rules and the documents read.
    case readByRulesAndDocuments

    /// The top-level member names to keep with `rubric`, or nil for every member (asked for, or
    /// a rule that reads the submission as a whole, or no rubric to ask).
    func names(readBy rubric: Rubric?) -> Set<String>? {
        guard case .readByRulesAndDocuments = self, let rubric else { return nil }
        var names = Set(Submission.DocumentField.allCases.map(\.rawValue))
        for use in rubric.ruleUses {
            guard let program = use.rule.program, let members = program.submissionMembers
            else { return nil }
            names.formUnion(members)
        }
        return names
    }

    /// `json` with the values of its top-level members not in `names` replaced by null.
    static func keeping(_ names: Set<String>, of json: JSONValue) -> JSONValue {
        guard var object = json.object else { return json }
        for index in object.members.indices where !names.contains(object.members[index].key) {
            object.members[index].value = JSONValue(
                .null, offset: object.members[index].value.offset)
        }
        return JSONValue(.object(object), offset: json.offset)
    }
}
