/// A warning at each submission that lacks a field a rule needs, when other submissions have it.
///
/// `"benficiaries": 400` in one application makes `submission.beneficiaries` missing for that
/// applicant alone: the round validates, and that applicant is quietly ineligible. The warning
/// stands at the object in the file that lacks the field, names every gate or value that will
/// fail and the nearest field the file does have. It is given only for rules that really fail for
/// that submission (so a path on the untaken side of `or` is not warned about), never for a path
/// in an optional part of a rule (`??`), and not when no submission has the path (that is an
/// error of the rule: `RulePathsExistInSubmissions`).
public enum SubmissionsHaveRuleFields: RoundCheck {
    public static func check(_ documents: RoundDocuments) -> [Diagnostic] {
        guard let rubric = documents.rubric else { return [] }
        let needed = RubricSubmissionPaths(rubric).entries.filter { !$0.path.isOptional }
        let paths = RubricSubmissionPaths(entries: needed).grouped(by: \.dotted).filter {
            RulePathsExistInSubmissions.firstAbsentStep($0.path, in: documents.submissions) == nil
        }
        guard !paths.isEmpty else { return [] }
        var diagnostics: [Diagnostic] = []
        for submission in documents.submissions {
            guard let source = submission.source else { continue }
            for (path, uses) in paths {
                let lookup = SubmissionPathLookup(path, in: submission.json)
                guard lookup.isMissing else { continue }
                let failing = uses.filter {
                    fails($0.rule, for: submission, documents: documents, rubric: rubric)
                }
                guard !failing.isEmpty else { continue }
                diagnostics.append(
                    Diagnostic(
                        .warning, at: source.location(at: lookup.lastObject.offset),
                        message(submission: submission, failing, path: path, lookup: lookup)))
            }
        }
        return diagnostics
    }

    private static func message(
        submission: Submission, _ uses: [RubricRuleUse], path: RuleDataPath,
        lookup: SubmissionPathLookup
    ) -> String {
        let missing = path.steps[lookup.missingStep].name
        let place =
            lookup.missingStep == 0
            ? "submission '\(submission.id)'"
            : "submission."
                + path.steps.prefix(lookup.missingStep).map(\.name).joined(separator: ".")
        let isNull = lookup.namesThere.contains(missing)
        let nearest =
            isNull
            ? ""
            : EditDistance.suggestion(for: missing, among: lookup.namesThere)
                .map { "; the nearest field it has is '\($0)'" } ?? ""
        let names = uses.map(\.name)
        let readers =
            names.count == 1
            ? names[0] + " reads"
            : names.dropLast().joined(separator: ", ") + " and " + (names.last ?? "") + " read"
        // Rules come gates first, so the first consequence is the gravest.
        return
            "\(place) \(isNull ? "gives '\(missing)' as null" : "has no '\(missing)'")\(nearest): \(readers) \(path.dotted) and cannot be evaluated for it, \(uses.first?.consequence ?? "")"
    }

    /// Whether the rule fails for this submission (it may not, when the path is not reached).
    private static func fails(
        _ rule: RubricRule, for submission: Submission, documents: RoundDocuments, rubric: Rubric
    ) -> Bool {
        guard let round = documents.round else { return true }
        let scope = RuleScope(submission: submission.json, round: round.json, rubric: rubric.json)
        if case .failure = rule.evaluate(in: scope) { return true }
        return false
    }
}
