/// Every `submission.*` path a rule needs is present in at least one of the round's submissions.
///
/// A path that no submission has (`submission.safeguardingPolicy` where the forms say
/// `safeguarding`) cannot be evaluated for anyone: every applicant would be ineligible "because
/// the rule could not be evaluated", with every other check green. It is an error at the name
/// inside the rule, with the nearest field the submissions do have. Paths in an optional part of a
/// rule (either side of `??`) are left alone, and a round without submissions is not checked.
public enum RulePathsExistInSubmissions: RoundCheck {
    public static func check(_ documents: RoundDocuments) -> [Diagnostic] {
        guard let rubric = documents.rubric, !documents.submissions.isEmpty else { return [] }
        var diagnostics: [Diagnostic] = []
        for (use, path) in RubricSubmissionPaths(rubric).entries where !path.isOptional {
            guard let origin = use.rule.origin,
                let (step, found) = firstAbsentStep(path, in: documents.submissions)
            else { continue }
            let walked = ([path.root.rawValue] + path.steps.prefix(step).map(\.name)).joined(
                separator: ".")
            let names = found.sorted()
            let suggestion = EditDistance.suggestion(for: path.steps[step].name, among: names)
            let nearest =
                suggestion.map { " (did you mean '\($0)'?)" }
                ?? (names.isEmpty ? "" : "; they have \(names.joined(separator: ", "))")
            diagnostics.append(
                origin.diagnostic(
                    .error,
                    "no submission has \(walked).\(path.steps[step].name)\(nearest): \(use.name) could not be evaluated for any of them",
                    at: path.steps[step].offset))
        }
        return diagnostics
    }

    /// The first step of the path that no submission has (nil when one has the whole path), and
    /// the member names the submissions have at that place.
    static func firstAbsentStep(_ path: RuleDataPath, in submissions: [Submission]) -> (
        Int, [String]
    )? {
        var deepest = -1
        var names: Set<String> = []
        for submission in submissions {
            let lookup = SubmissionPathLookup(path, in: submission.json)
            if !lookup.isMissing { return nil }
            if lookup.missingStep > deepest {
                deepest = lookup.missingStep
                names = []
            }
            if lookup.missingStep == deepest { names.formUnion(lookup.namesThere) }
        }
        return deepest < 0 ? nil : (deepest, Array(names))
    }
}
