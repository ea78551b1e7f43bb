/// Checks the submission fields the award amount reads (`submission.amountRequested`) against
/// `MoneyBound`, at each field, so that an amount tender cannot hold exactly is refused where it
/// is written rather than rounded or lost in the budget arithmetic.
enum SubmissionMoneyCheck {
    static func check(
        _ rubric: Rubric, submissions: [Submission], sources: [SourceText], log: DiagnosticLog
    ) {
        guard let paths = rubric.award.amount.program?.submissionPaths, !paths.isEmpty else {
            return
        }
        let sourceByPath = Dictionary(
            sources.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        for submission in submissions {
            guard let source = sourceByPath[submission.file] else { continue }
            for path in paths {
                guard let value = member(path, of: submission.json), let number = value.number,
                    number.isExact,
                    let problem = MoneyBound.problem(number.decimal, roundedToPenny: true)
                else { continue }
                log.error(
                    "\(path.joined(separator: ".")) \(number.decimal) \(problem) (the award amount is read from it)",
                    in: source, at: value.offset)
            }
        }
    }

    private static func member(_ path: [String], of root: JSONValue) -> JSONValue? {
        var value = root
        for name in path {
            guard let next = value[name] else { return nil }
            value = next
        }
        return value
    }
}
