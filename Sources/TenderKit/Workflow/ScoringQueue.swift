/// The criteria an evaluator still has to score (all of them when revising), in the order of
/// the evaluator's sheet: submission file order, then criterion order. What `tender score` asks.
public struct ScoringQueue: Sendable {
    /// One criterion of one submission to score.
    public struct Item: Sendable, Equatable {
        /// Submission index (file order) and rubric criterion index.
        public var submission: Int
        public var criterion: Int
        /// The row of the score already given (shown when revising).
        public var existingRow: Int?
        /// Its position in the evaluator's whole sheet, from 1.
        public var number: Int
    }

    /// Why a queue limited to one submission cannot be made, in words for the evaluator.
    public enum Refusal: Error, Sendable, Equatable {
        /// No submission has the id; the reason may suggest one that has.
        case unknownSubmission(reason: String)
        /// The submission is ineligible, or the evaluator is excluded from it.
        case notAssigned(String)
    }

    public let items: [Item]
    /// How many criteria the evaluator's whole sheet has (scored or not), for `[4/6]`.
    public let sheetSize: Int

    /// - Parameters:
    ///   - evaluator: the evaluator's index in the panel.
    ///   - submission: the id of the only submission to score, or nil for all of them.
    ///   - revise: whether the criteria already scored are in the queue too.
    public init(
        round: LoadedRound, decision: Decision, evaluator: Int, submission: String? = nil,
        revise: Bool = false
    ) throws(Refusal) {
        let assignments = ScoringAssignments(round: round, decision: decision)
        var sheet = assignments.assignments(for: evaluator)
        if let submission {
            let position = try ScoringQueue.position(of: submission, in: round.submissions)
            sheet = sheet.filter { $0.submission == position }
            if sheet.isEmpty {
                throw .notAssigned(
                    ScoringQueue.whyNotAssigned(
                        id: submission, position: position, assignments: assignments))
            }
        }
        let existing = assignments.existingRows(for: evaluator)
        sheetSize = sheet.count
        items = sheet.enumerated().compactMap { offset, assignment in
            let row = existing[assignment]
            return revise || row == nil
                ? Item(
                    submission: assignment.submission, criterion: assignment.criterion,
                    existingRow: row, number: offset + 1) : nil
        }
    }

    private static func position(of id: String, in submissions: [Submission]) throws(Refusal)
        -> Int
    {
        guard let position = submissions.firstIndex(where: { $0.id == id }) else {
            let ids = submissions.map(\.id)
            throw .unknownSubmission(
                reason: "no such submission\(EditDistance.didYouMean(id, among: ids))")
        }
        return position
    }

    /// An assigned submission is eligible and not one the evaluator is excluded from.
    private static func whyNotAssigned(
        id: String, position: Int, assignments: ScoringAssignments
    ) -> String {
        if assignments.isIneligible(submission: position) {
            return "submission '\(id)' is ineligible (it failed a gate), so it is not scored"
        }
        return
            "you are excluded from submission '\(id)' by a conflict of interest, so you may not score it"
    }
}
