import Foundation

/// Evaluates a loaded round by the scoring model (steps 1 to 11 in the README): eligibility,
/// consensus, thresholds, abnormally low values, quantitative points, totals, ranking, award, and
/// what blocks a final decision. Pure: the same round gives the same `Decision`, bit for bit.
public enum RoundEvaluator {
    /// The stages of an evaluation, reported as each one ends (for benchmarks and progress).
    public enum Stage: String, Sendable, CaseIterable {
        case conflicts, rules
        case scoringAndAward = "scoring and award"
    }

    /// Assesses conflicts of interest, then scores the round with the excluded evaluators left out.
    public static func evaluate(_ loaded: LoadedRound, finished: (Stage) -> Void = { _ in })
        -> Decision
    {
        let assessment = ConflictAssessment.assess(
            panel: loaded.panel, submissions: loaded.submissions,
            lookbackYears: loaded.rubric.conflicts.lookbackYears,
            closes: loaded.round.closes, rulings: loaded.decisions.conflicts)
        finished(.conflicts)
        let decision = evaluate(loaded, conflicts: assessment, finished: finished)
        finished(.scoringAndAward)
        return decision
    }

    /// Scores the round given a conflicts assessment (tests pass their own).
    static func evaluate(
        _ loaded: LoadedRound, conflicts: ConflictAssessment, finished: (Stage) -> Void = { _ in }
    ) -> Decision {
        let exclusions = ScoringExclusions(conflicts, submissionCount: loaded.submissions.count)
        var state = EvaluationState(loaded: loaded, exclusions: exclusions)
        state.evaluateRules()
        finished(.rules)
        state.assessQuality()
        var lots: [LotResult] = []
        if loaded.round.lots.isEmpty {
            state.testAbnormallyLowValues()
            state.scoreQuantitativeCriteria()
            state.rankAndAward()
        } else {
            lots = state.evaluateLots()
        }
        state.blockOnPendingConflicts()
        state.blockOnIncompleteRound()
        let blocking = state.blocking.sorted()
        var decision = Decision(
            roundID: loaded.round.id, roundTitle: loaded.round.title,
            mode: loaded.rubric.award.mode, budget: loaded.round.budget,
            status: blocking.isEmpty ? .final : .provisional, blocking: blocking,
            submissions: state.results,
            conflicts: conflicts, remainingBudget: state.remainingBudget,
            valueScales: state.valueScales)
        decision.lots = lots
        decision.standstill = Standstill(round: loaded.round, status: decision.status)
        return decision
    }
}

/// The working state of one evaluation, step by step.
struct EvaluationState {
    let loaded: LoadedRound
    let exclusions: ScoringExclusions
    var checks: [EligibilityCheck] = []
    var results: [SubmissionResult] = []
    var blocking: [BlockingItem] = []
    var remainingBudget: Decimal
    /// Positions of the submissions that pass every threshold (step 6's pool).
    var pool: [Int] = []
    var rejected: Set<Int> = []
    var valueScales: [ValueScale] = []

    init(loaded: LoadedRound, exclusions: ScoringExclusions) {
        self.loaded = loaded
        self.exclusions = exclusions
        remainingBudget = loaded.round.budget.amount
    }

    var rubric: Rubric { loaded.rubric }

    /// Step 1: every gate and value rule for every submission.
    mutating func evaluateRules() {
        let loaded = self.loaded
        let budget = RuleLimits.stepBudget(
            evaluations: loaded.submissions.count * loaded.rubric.rulesPerSubmission)
        checks = ParallelMap.map(loaded.submissions.count) { position in
            EligibilityCheck(
                submission: loaded.submissions[position], round: loaded.round,
                rubric: loaded.rubric, stepBudget: budget)
        }
    }

    /// Steps 2 to 5.
    mutating func assessQuality() {
        let loaded = self.loaded
        let exclusions = self.exclusions
        let inputs = QualityAssessment.Inputs(
            rubric: loaded.rubric, scores: loaded.scores,
            index: ScoreIndex(
                scores: loaded.scores, submissionCount: loaded.submissions.count,
                rubric: loaded.rubric),
            moderation: Dictionary(
                loaded.decisions.moderation.map {
                    (ModerationKey.make($0.submission, $0.criterion), $0.score)
                },
                uniquingKeysWith: { first, _ in first }),
            evaluatorIDs: loaded.panel.evaluators.map(\.id))
        let checks = self.checks
        let assessments = ParallelMap.map(loaded.submissions.count) {
            position -> QualityAssessment? in
            guard checks[position].isEligible else { return nil }
            return QualityAssessment(
                submission: loaded.submissions[position], at: position,
                values: checks[position].values,
                excluded: exclusions.excluded[position], inputs: inputs)
        }
        for (position, submission) in loaded.submissions.enumerated() {
            results.append(
                initialResult(submission, position: position, assessment: assessments[position]))
            blocking += assessments[position]?.blocking ?? []
        }
    }

    private mutating func initialResult(
        _ submission: Submission, position: Int, assessment: QualityAssessment?
    ) -> SubmissionResult {
        let check = checks[position]
        var result = SubmissionResult(
            id: submission.id, index: position, organisation: submission.organisation.name,
            status: .ineligible,
            amount: check.amount, gates: check.gates, criteria: [], flags: [],
            reasons: check.reasons)
        guard let assessment else {
            result.criteria = rubric.criteria.map {
                CriterionResult(
                    id: $0.id, kind: $0.isQuality ? .quality : .quantitative, points: nil,
                    scoreRows: [], excluded: [])
            }
            return result
        }
        result.criteria = assessment.criteria
        result.qualityPercent = assessment.qualityPercent
        if assessment.thresholdReasons.isEmpty {
            pool.append(position)
        } else {
            result.status = .belowThreshold
            result.reasons = assessment.thresholdReasons
        }
        return result
    }
}
