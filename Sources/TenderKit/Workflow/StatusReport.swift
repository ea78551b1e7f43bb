/// What stands between a round and a final decision, for the chair (`tender status`): how complete
/// the scoring is, and every blocking item with what it rests on and the command that settles it.
public struct StatusReport {
    public struct Cell: Sendable {
        public var scored: Int
        public var expected: Int
        public var excluded: Bool
        public var pendingConflict: Bool
    }

    public struct Item: Sendable {
        public var blocking: BlockingItem
        /// The evidence beside it: individual scores and comments, a conflict's evidence.
        public var evidence: [String]
        public var command: String
    }

    public let round: LoadedRound
    public let decision: Decision
    /// Eligible submissions, in file order (ineligible ones are not scored).
    public let submissions: [Int]
    /// One row per evaluator (panel order), one cell per eligible submission.
    public let matrix: [[Cell]]
    public let items: [Item]

    public init(round: LoadedRound, decision: Decision) {
        self.round = round
        self.decision = decision
        let assignments = ScoringAssignments(round: round, decision: decision)
        submissions = decision.submissions.indices.filter { decision.submissions[$0].status != .ineligible }
        let quality = round.rubric.qualityCriteria.count
        var matrix: [[Cell]] = []
        for evaluator in round.panel.evaluators.indices {
            let existing = assignments.existingRows(for: evaluator)
            matrix.append(submissions.map { position in
                let excluded = assignments.isExcluded(evaluator: evaluator, submission: position)
                let scored = existing.keys.filter { $0.submission == position && round.rubric.criteria[$0.criterion].isQuality }.count
                let pending = decision.conflicts.outcome(evaluator: evaluator, submission: position) == .pending
                return Cell(scored: excluded ? 0 : scored, expected: excluded ? 0 : quality, excluded: excluded, pendingConflict: pending)
            })
        }
        self.matrix = matrix
        items = decision.blocking.map { StatusReport.item(for: $0, round: round, decision: decision, assignments: assignments) }
    }

    public var isFinal: Bool { decision.status == .final }

    private static func item(for blocking: BlockingItem, round: LoadedRound, decision: Decision, assignments: ScoringAssignments) -> Item {
        let position = round.submissions.firstIndex { $0.id == blocking.submission } ?? 0
        let criterionIndex = round.rubric.criteria.firstIndex { $0.id == blocking.criterion }
        var evidence: [String] = []
        var missing: [String] = []
        if let criterionIndex, blocking.kind == .moderationRequired || blocking.kind == .insufficientEvaluators {
            let result = decision.submissions[position].criteria[criterionIndex]
            evidence = result.scoreRows.map { row in
                let index = Int(row)
                return "\(round.panel.evaluators[Int(round.scores.evaluators[index])].id): \(NumberText.plain(round.scores.scores[index])) — \(round.scores.comment(index))"
            }
            missing = round.panel.evaluators.indices.filter { evaluator in
                !assignments.isExcluded(evaluator: evaluator, submission: position)
                    && assignments.existingRows(for: evaluator)[.init(submission: position, criterion: criterionIndex)] == nil
            }.map { round.panel.evaluators[$0].id }
        }
        if blocking.kind == .possibleConflict {
            evidence = decision.conflicts.findings.filter { $0.evaluator == blocking.evaluator && $0.submission == blocking.submission }
                .map { "\($0.basis.rawValue) (\($0.strength.rawValue)): \($0.evidence)" }
        }
        return Item(blocking: blocking, evidence: evidence,
                    command: SettleCommands.command(for: blocking, folder: round.folder, missingScorers: missing))
    }
}
