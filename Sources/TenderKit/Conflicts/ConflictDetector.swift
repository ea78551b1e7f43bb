/// Turns one submission into its findings and pair outcomes: scan, merge, decide, describe.
///
/// Holds only read-only, `Sendable` state (the panel, its index, the rulings), so one detector
/// serves every thread of `ConflictAssessment.assess`.
struct ConflictDetector: Sendable {
    /// One submission's share of the assessment.
    struct SubmissionFindings: Sendable {
        /// Sorted by evaluator index, then basis.
        var findings: [(evaluator: Int, finding: ConflictFinding)] = []
        /// Sorted by evaluator index.
        var pairs: [(evaluator: Int, outcome: PairOutcome)] = []
    }

    let panel: Panel
    let scanner: SubmissionScanner
    let rulings: ChairRulings
    let window: LookbackWindow

    func assess(_ submission: Submission) -> SubmissionFindings {
        let candidates = scanner.candidates(in: submission)
        guard !candidates.isEmpty else { return SubmissionFindings() }
        let strongest = ConflictCandidate.strongestPerFinding(candidates)
        var result = SubmissionFindings()
        var start = 0
        while start < strongest.count {
            let evaluatorIndex = strongest[start].evaluator
            var end = start + 1
            while end < strongest.count, strongest[end].evaluator == evaluatorIndex { end += 1 }
            decide(
                strongest[start..<end], evaluatorIndex: evaluatorIndex, submission: submission,
                into: &result)
            start = end
        }
        return result
    }

    /// Decides one pair from its findings (already one per basis) and records them.
    private func decide(
        _ candidates: ArraySlice<ConflictCandidate>, evaluatorIndex: Int, submission: Submission,
        into result: inout SubmissionFindings
    ) {
        let evaluator = panel.evaluators[evaluatorIndex]
        let decision = PairDecision(
            strengths: candidates.map(\.strength),
            ruling: rulings.ruling(evaluator: evaluator.id, submission: submission.id))
        if let outcome = decision.outcome {
            result.pairs.append((evaluator: evaluatorIndex, outcome: outcome))
        }
        for candidate in candidates {
            let finding = ConflictFinding(
                evaluator: evaluator.id, submission: submission.id, basis: candidate.basis,
                strength: candidate.strength,
                outcome: decision.findingOutcome(for: candidate.strength),
                evidence: ConflictEvidence.describe(
                    candidate, evaluator: evaluator, submission: submission, window: window),
                rationale: decision.rationale(for: candidate.strength))
            result.findings.append((evaluator: evaluatorIndex, finding: finding))
        }
    }
}
