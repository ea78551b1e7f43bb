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
        let paths = RubricSubmissionPaths(rubric).entries.filter { entry in
            !entry.path.isOptional
                && RulePathsExistInSubmissions.firstAbsentStep(
                    entry.path, in: documents.submissions) == nil
        }
        guard !paths.isEmpty else { return [] }
        return documents.submissions.flatMap { submission in
            warnings(for: submission, paths: paths, documents: documents, rubric: rubric)
        }
    }

    /// One warning per missing path of this submission, naming every rule that fails for it.
    private static func warnings(
        for submission: Submission, paths: [(use: RubricRuleUse, path: RuleDataPath)],
        documents: RoundDocuments, rubric: Rubric
    ) -> [Diagnostic] {
        guard let source = submission.source else { return [] }
        var order: [String] = []
        var found:
            [String: (lookup: SubmissionPathLookup, path: RuleDataPath, uses: [RubricRuleUse])] =
                [:]
        for (use, path) in paths {
            let lookup = SubmissionPathLookup(path, in: submission.json)
            guard lookup.isMissing,
                fails(use.rule, for: submission, documents: documents, rubric: rubric)
            else { continue }
            let key = path.dotted
            if found[key] == nil {
                order.append(key)
                found[key] = (lookup, path, [])
            }
            found[key]?.uses.append(use)
        }
        return order.compactMap { key in
            guard let entry = found[key] else { return nil }
            return Diagnostic(
                .warning, at: source.location(at: entry.lookup.lastObject.offset),
                message(submission: submission, entry.uses, path: entry.path, lookup: entry.lookup))
        }
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
