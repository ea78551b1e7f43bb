/// What an evaluator is shown of a submission while scoring it: its title, organisation, the
/// fields the rubric's gates read, and its answer to the criterion (`responses.<criterion id>`,
/// when the submission has one). Fields any value-for-money rule or the award amount reads are
/// never shown: quality is scored blind to price.
public struct SubmissionBrief {
    public let submission: Submission
    public let rubric: Rubric

    public init(submission: Submission, rubric: Rubric) {
        self.submission = submission
        self.rubric = rubric
    }

    /// The paths never shown: everything the quantitative values and the award amount read.
    var hiddenPaths: [[String]] {
        var rules = rubric.quantitativeCriteria.compactMap { $0.quantitative?.value }
        rules.append(rubric.award.amount)
        if case .some(let audit) = rubric.audit { rules.append(audit.durationMonths) }
        for entry in rubric.tieBreak {
            if case .lower(let rule) = entry { rules.append(rule) }
            if case .higher(let rule) = entry { rules.append(rule) }
        }
        return rules.flatMap { $0.program?.submissionPaths ?? [] }
    }

    /// `(label, value)` for each field the gates read, in gate order, values in words.
    public var fields: [(label: String, value: String)] {
        let hidden = hiddenPaths
        var seen: [[String]] = []
        var result: [(label: String, value: String)] = []
        for path in rubric.gates.flatMap({ $0.rule.program?.submissionPaths ?? [] })
        where !seen.contains(path) {
            seen.append(path)
            if hidden.contains(where: { $0.starts(with: path) || path.starts(with: $0) }) {
                continue
            }
            if path == ["organisation", "name"] || path == ["title"] { continue }
            guard let value = value(at: path) else { continue }
            result.append((path.joined(separator: "."), SubmissionBrief.words(value)))
        }
        return result
    }

    /// The submission's own answer to a criterion, when it gives one.
    public func response(to criterion: Criterion) -> String? {
        submission.json["responses"]?[criterion.id]?.string
    }

    private func value(at path: [String]) -> JSONValue? {
        var value = submission.json
        for key in path {
            guard let next = value[key] else { return nil }
            value = next
        }
        return value
    }

    static func words(_ value: JSONValue) -> String {
        switch value.kind {
        case .null: "none"
        case .bool(let flag): flag ? "yes" : "no"
        case .number(let number): NumberText.decimal(number.decimal)
        case .string(let text): text
        case .array(let items): items.map(words).joined(separator: ", ")
        case .object(let object):
            object.members.map { "\($0.key): \(words($0.value))" }.joined(separator: "; ")
        }
    }
}
