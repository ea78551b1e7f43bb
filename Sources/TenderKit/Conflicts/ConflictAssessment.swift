/// The conflicts of interest of a round: every finding, and the outcome of every pair that has one.
///
/// The scoring engine asks `outcome(evaluator:submission:)` (or walks `pairsBySubmission`) to leave
/// out an excluded evaluator's scores and to raise `possible-conflict` for pending pairs; the
/// documents print `findings`. Evaluators and submissions are addressed by index: panel order and
/// the order of the submissions given to `assess`.
public struct ConflictAssessment: Sendable {
    /// Every finding, sorted by evaluator id, then submission id, then basis.
    public var findings: [ConflictFinding]
    /// For each submission index, its (evaluator index, outcome) pairs sorted by evaluator index:
    /// only pairs with a finding that is not lapsed appear.
    public var pairsBySubmission: [[(evaluator: Int, outcome: PairOutcome)]]

    public init(
        findings: [ConflictFinding] = [],
        pairsBySubmission: [[(evaluator: Int, outcome: PairOutcome)]] = []
    ) {
        self.findings = findings
        self.pairsBySubmission = pairsBySubmission
    }

    /// The pair's outcome; nil when the pair has no finding that is not lapsed (or an index is
    /// out of range).
    public func outcome(evaluator: Int, submission: Int) -> PairOutcome? {
        guard pairsBySubmission.indices.contains(submission) else { return nil }
        let pairs = pairsBySubmission[submission]
        var low = 0
        var high = pairs.count
        while low < high {
            let middle = (low + high) / 2
            if pairs[middle].evaluator < evaluator { low = middle + 1 } else { high = middle }
        }
        return low < pairs.count && pairs[low].evaluator == evaluator ? pairs[low].outcome : nil
    }

    /// The evaluator indices whose scores do not count for the submission.
    public func excludedEvaluators(submission: Int) -> [Int] {
        guard pairsBySubmission.indices.contains(submission) else { return [] }
        return pairsBySubmission[submission].filter { $0.outcome == .excluded }.map(\.evaluator)
    }

    /// Detects every conflict between the panel and the submissions and decides each pair.
    ///
    /// - Parameters:
    ///   - lookbackYears: the rubric's `conflicts.lookbackYears`.
    ///   - closes: the round's closing date, from which the lookback is counted.
    ///   - rulings: `decisions.json`'s `conflicts` list.
    public static func assess(
        panel: Panel, submissions: [Submission], lookbackYears: Int, closes: ISODate,
        rulings: [PanelDecisions.ConflictRuling]
    ) -> ConflictAssessment {
        let window = LookbackWindow(closes: closes, years: lookbackYears)
        let detector = ConflictDetector(
            panel: panel,
            scanner: SubmissionScanner(index: PanelIndex(panel: panel, window: window)),
            rulings: ChairRulings(rulings), window: window)
        let perSubmission = ParallelMap.map(submissions.count, minimumChunk: 512) { index in
            detector.assess(submissions[index])
        }
        let order = FindingOrder(
            evaluatorIDs: panel.evaluators.map(\.id), submissionIDs: submissions.map(\.id))
        return ConflictAssessment(
            findings: order.sorted(perSubmission), pairsBySubmission: perSubmission.map(\.pairs))
    }
}
