import Foundation

/// Every number behind one submission's outcome, traced to its inputs (`tender explain`): each
/// gate with the values its paths resolved to, each criterion's individual scores with who was
/// excluded and why, the consensus and the points formula with the numbers substituted, the
/// quantitative formula with the best and worst values, the thresholds, the total, the rank and
/// its tie-breaks, the award step with the budget before and after, and the sensitivity figures.
/// Values only; `text()` and `json()` put them into words and JSON.
public struct SubmissionExplanation: Sendable {
    public struct Criterion: Sendable {
        public var id: String
        public var title: String
        public var weight: Double
        /// Lines: scores, exclusions, consensus, formula, threshold.
        public var steps: [String]
        public var points: Double?
        public var scores: [(evaluator: String, score: Double, comment: String)]
        public var excluded: [(evaluator: String, reason: String)]
    }

    public var id: String
    public var organisation: String
    public var status: String
    public var gates: [GateResult]
    public var criteria: [Criterion]
    public var quality: String?
    public var total: String?
    public var rank: [String]
    public var award: [String]
    public var sensitivity: [String]
    public var reasons: [String]
    let result: SubmissionResult

    /// The explanation of `id`, or nil when the round has no such submission.
    public init?(id: String, decision: Decision, round: LoadedRound) {
        guard let result = decision.submissions.first(where: { $0.id == id }) else { return nil }
        let steps = ExplanationSteps(decision: decision, round: round, result: result)
        self.result = result
        self.id = id
        organisation = result.organisation
        status = result.status.rawValue
        gates = result.gates
        criteria = steps.criteria()
        quality = steps.qualityLine()
        total = steps.totalLine()
        rank = steps.rankLines()
        award = steps.awardLines()
        sensitivity = steps.sensitivityLines()
        reasons = ReasonWords(round: round.round).texts(result.reasons)
    }

    /// The explanation for a terminal, one step per line.
    public func text() -> String {
        var lines = ["\(id) (\(organisation)): \(status)", "", "Gates:"]
        lines += gates.isEmpty ? ["  none"] : gates.map { "  \($0.id): \($0.explanation)" }
        if !criteria.isEmpty { lines += ["", "Criteria:"] }
        for criterion in criteria {
            lines.append(
                "  \(criterion.id) (\(criterion.title), weight \(NumberText.plain(criterion.weight))):"
            )
            lines += criterion.steps.map { "    " + $0 }
        }
        for (title, body) in [
            ("Quality", quality.map { [$0] } ?? []), ("Total", total.map { [$0] } ?? []),
            ("Rank", rank), ("Award", award), ("Sensitivity", sensitivity), ("Reasons", reasons),
        ] where !body.isEmpty {
            lines += ["", "\(title):"] + body.map { "  " + $0 }
        }
        return lines.map(TerminalText.clean).joined(separator: "\n")
    }
}
