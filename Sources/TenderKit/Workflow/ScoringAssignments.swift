/// Who is expected to score what: every eligible submission an evaluator is not excluded from,
/// on every panel-scored criterion. The scoresheet, `tender score` and `tender status` all ask here.
public struct ScoringAssignments: Sendable {
    public struct Assignment: Sendable, Hashable {
        /// Submission index (file order) and rubric criterion index.
        public var submission: Int
        public var criterion: Int
    }

    let round: LoadedRound
    let decision: Decision

    public init(round: LoadedRound, decision: Decision) {
        self.round = round
        self.decision = decision
    }

    /// Whether the evaluator is excluded from the submission by a conflict of interest.
    public func isExcluded(evaluator: Int, submission: Int) -> Bool {
        decision.conflicts.outcome(evaluator: evaluator, submission: submission) == .excluded
    }

    /// Whether the submission failed a gate, so that nobody scores it.
    public func isIneligible(submission: Int) -> Bool {
        decision.submissions[submission].status == .ineligible
    }

    /// The evaluator's assignments in submission file order, then criterion order.
    public func assignments(for evaluator: Int) -> [Assignment] {
        var result: [Assignment] = []
        for (position, outcome) in decision.submissions.enumerated()
        where outcome.status != .ineligible
            && !isExcluded(evaluator: evaluator, submission: position)
        {
            for (index, criterion) in round.rubric.criteria.enumerated() where criterion.isQuality {
                result.append(Assignment(submission: position, criterion: index))
            }
        }
        return result
    }

    /// The score rows every evaluator has already given, by assignment, in one pass over the table.
    public func existingRowsByEvaluator() -> [[Assignment: Int]] {
        var rows = Array(repeating: [Assignment: Int](), count: round.panel.evaluators.count)
        let scores = round.scores
        for row in 0..<scores.count {
            rows[Int(scores.evaluators[row])][
                Assignment(
                    submission: Int(scores.submissions[row]), criterion: Int(scores.criteria[row]))] =
                row
        }
        return rows
    }

    /// The score rows the evaluator has already given, by assignment.
    public func existingRows(for evaluator: Int) -> [Assignment: Int] {
        var rows: [Assignment: Int] = [:]
        let scores = round.scores
        for row in 0..<scores.count where Int(scores.evaluators[row]) == evaluator {
            rows[
                Assignment(
                    submission: Int(scores.submissions[row]), criterion: Int(scores.criteria[row]))] =
                row
        }
        return rows
    }

    /// The evaluator's index in the panel, or nil with a "did you mean" suggestion.
    public static func evaluatorIndex(_ id: String, in panel: Panel) -> Result<Int, WorkflowError> {
        if let index = panel.evaluators.firstIndex(where: { $0.id == id }) {
            return .success(index)
        }
        let ids = panel.evaluators.map(\.id)
        return .failure(
            WorkflowError(
                "unknown evaluator '\(id)'\(EditDistance.didYouMean(id, among: ids)); the panel has \(ids.joined(separator: ", "))"
            ))
    }
}

/// A request the round cannot carry out, in words for the person who made it.
public struct WorkflowError: Error, Sendable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
