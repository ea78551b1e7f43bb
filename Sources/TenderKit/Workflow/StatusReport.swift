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
        submissions = decision.submissions.indices.filter {
            decision.submissions[$0].status != .ineligible
        }
        let quality = round.rubric.qualityCriteria.count
        let showsMatrix = StatusReport.fitsMatrix(
            submissions: submissions.count, evaluators: round.panel.evaluators.count)
        // Every score row by evaluator and assignment: millions of entries in a national round,
        // so made only for the matrix or an item to explain.
        let existingByEvaluator =
            showsMatrix || !decision.blocking.isEmpty
            ? assignments.existingRowsByEvaluator() : []
        var matrix: [[Cell]] = []
        for evaluator in round.panel.evaluators.indices where showsMatrix {
            var scoredBySubmission: [Int: Int] = [:]
            for assignment in existingByEvaluator[evaluator].keys {
                scoredBySubmission[assignment.submission, default: 0] += 1
            }
            matrix.append(
                submissions.map { position in
                    let excluded = assignments.isExcluded(
                        evaluator: evaluator, submission: position)
                    let scored = scoredBySubmission[position] ?? 0
                    let pending =
                        decision.conflicts.outcome(evaluator: evaluator, submission: position)
                        == .pending
                    return Cell(
                        scored: excluded ? 0 : scored, expected: excluded ? 0 : quality,
                        excluded: excluded, pendingConflict: pending)
                })
        }
        self.matrix = matrix
        let positions = Dictionary(
            round.submissions.enumerated().map { ($1.id, $0) },
            uniquingKeysWith: { first, _ in first })
        let findings = Dictionary(grouping: decision.conflicts.findings) {
            IDPairKey.make($0.evaluator, $0.submission)
        }
        items = decision.blocking.map { blocking in
            var item = StatusReport.item(
                for: blocking, at: positions[blocking.submission] ?? 0, round: round,
                decision: decision,
                assignments: assignments, existing: existingByEvaluator)
            if blocking.kind == .possibleConflict {
                item.evidence =
                    (findings[IDPairKey.make(blocking.evaluator ?? "", blocking.submission)]
                    ?? [])
                    .map { "\($0.basis.rawValue) (\($0.strength.rawValue)): \($0.evidence)" }
            }
            return item
        }
    }

    public var isFinal: Bool { decision.status == .final }

    /// The evaluator × submission matrix is shown for rounds it fits on a screen; a national
    /// round gets a summary instead (`StatusReport+Summary`).
    public static func fitsMatrix(submissions: Int, evaluators: Int) -> Bool {
        submissions <= 12 && evaluators <= 40
    }

    private static func item(
        for blocking: BlockingItem, at position: Int, round: LoadedRound, decision: Decision,
        assignments: ScoringAssignments, existing: [[ScoringAssignments.Assignment: Int]]
    ) -> Item {
        let criterionIndex = round.rubric.criteria.firstIndex { $0.id == blocking.criterion }
        var evidence: [String] = []
        var missing: [String] = []
        if let criterionIndex,
            blocking.kind == .moderationRequired || blocking.kind == .insufficientEvaluators
        {
            let result = decision.submissions[position].criteria[criterionIndex]
            evidence = result.scoreRows.map { row in
                let index = Int(row)
                return
                    "\(round.panel.evaluators[Int(round.scores.evaluators[index])].id): \(NumberText.plain(round.scores.scores[index])) — \(round.scores.comment(index))"
            }
            // One more than are named, to know whether there are others; stopping there keeps a
            // round with many such items and a large panel from searching the panel for each.
            missing = round.panel.evaluators.indices.lazy.filter { evaluator in
                !assignments.isExcluded(evaluator: evaluator, submission: position)
                    && existing[evaluator][.init(submission: position, criterion: criterionIndex)]
                        == nil
            }.prefix(SettleCommands.scorersNamed + 1).map { round.panel.evaluators[$0].id }
        }
        return Item(
            blocking: blocking, evidence: evidence,
            command: SettleCommands.command(
                for: blocking, folder: round.folder, missingScorers: missing))
    }
}
