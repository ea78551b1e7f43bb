/// A warning at each submission value whose kind is not the one the rule reading it needs.
///
/// `"amountRequested": "£2,500"` is a string where a gate compares numbers: the gate cannot be
/// evaluated and the applicant is quietly ineligible. The warning stands at the value and says
/// what was expected. Only paths whose context fixes the kind are checked: an arithmetic operand,
/// an ordering with a known kind on the other side, a `not`/`and`/`or` operand, or a rule that is
/// the path itself. Optional paths (`??`) are checked too: a value that is there must still fit.
public enum SubmissionFieldsHaveRuleKinds: RoundCheck {
    public static func check(_ documents: RoundDocuments) -> [Diagnostic] {
        guard let rubric = documents.rubric else { return [] }
        let typed = RubricSubmissionPaths(rubric).entries.filter { $0.path.expected != nil }
        let paths = RubricSubmissionPaths(entries: typed).grouped {
            $0.dotted + " " + ($0.expected?.rawValue ?? "")
        }
        guard !paths.isEmpty else { return [] }
        var diagnostics: [Diagnostic] = []
        var reported: Set<[Int]> = []
        for (submissionIndex, submission) in documents.submissions.enumerated() {
            guard let source = submission.source else { continue }
            for (path, uses) in paths {
                guard let use = uses.first, let expected = path.expected,
                    let value = SubmissionPathLookup(path, in: submission.json).value,
                    !fits(value, expected),
                    reported.insert([submissionIndex, value.offset]).inserted
                else { continue }
                diagnostics.append(
                    .init(
                        .warning, at: source.location(at: value.offset),
                        "\(path.dotted) is \(value.typeDescription) (\(shown(value))), but \(use.name) needs \(expected.phrase) here, \(use.consequence)\(hint(value, expected))"
                    ))
            }
        }
        return diagnostics
    }

    private static func fits(_ value: JSONValue, _ expected: RuleDataPath.Expectation) -> Bool {
        switch expected {
        case .number: value.number != nil
        case .string: value.string != nil
        case .boolean: value.bool != nil
        }
    }

    private static func shown(_ value: JSONValue) -> String {
        if let text = value.string {
            return "\"" + (text.count > 40 ? String(text.prefix(37)) + "…" : text) + "\""
        }
        return value.typeDescription
    }

    /// How to write the value instead.
    private static func hint(_ value: JSONValue, _ expected: RuleDataPath.Expectation) -> String {
        guard expected == .number, let text = value.string else {
            return ": write it as \(expected.phrase)"
        }
        let digits = text.filter { $0.isASCII && ($0.isNumber || $0 == ".") }
        guard !digits.isEmpty else { return ": write it as a number, without quotes" }
        return
            ": write it as a plain number without quotes, currency signs or commas, such as \(digits)"
    }
}
