import Foundation

/// Evaluates a round by the scoring model (steps 1 to 11 in the README): eligibility,
/// consensus, thresholds, abnormally low values, quantitative points, totals, ranking, award, and
/// what blocks a final decision. Pure: the same round gives the same `Decision`, bit for bit.
public enum RoundEvaluator {
    /// The stages of an evaluation, reported as each one ends (for benchmarks and progress).
    public enum Stage: String, Sendable, CaseIterable {
        case conflicts, rules
        case scoringAndAward = "scoring and award"
    }

    /// Assesses conflicts of interest, then scores the round with the excluded evaluators left out.
    public static func evaluate(_ input: ScoringInput, finished: (Stage) -> Void = { _ in })
        -> Decision
    {
        let assessment = ConflictAssessment.assess(
            panel: input.panel, submissions: input.submissions,
            lookbackYears: input.rubric.conflicts.lookbackYears,
            closes: input.round.closes, rulings: input.decisions.conflicts)
        finished(.conflicts)
        let decision = evaluate(input, conflicts: assessment, finished: finished)
        finished(.scoringAndAward)
        return decision
    }

    /// Scores the round given a conflicts assessment (tests pass their own).
    static func evaluate(
        _ input: ScoringInput, conflicts: ConflictAssessment, finished: (Stage) -> Void = { _ in }
    ) -> Decision {
        let exclusions = ScoringExclusions(conflicts, submissionCount: input.submissions.count)
        var state = EvaluationState(input: input, exclusions: exclusions)
        state.evaluateRules()
        finished(.rules)
        state.assessQuality()
        var lots: [LotResult] = []
        if input.round.lots.isEmpty {
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
            roundID: input.round.id, roundTitle: input.round.title,
            mode: input.rubric.award.mode, budget: input.round.budget,
            status: blocking.isEmpty ? .final : .provisional, blocking: blocking,
            submissions: state.results,
            conflicts: conflicts, remainingBudget: state.remainingBudget,
            valueScales: state.valueScales)
        decision.lots = lots
        decision.standstill = Standstill(round: input.round, status: decision.status)
        return decision
    }
}

/// The working state of one evaluation, step by step.
struct EvaluationState {
    let input: ScoringInput
    let exclusions: ScoringExclusions
    var checks: [EligibilityCheck] = []
    var results: [SubmissionResult] = []
    var blocking: [BlockingItem] = []
    var remainingBudget: Decimal
    /// Positions of the submissions that pass every threshold (step 6's pool).
    var pool: [Int] = []
    var rejected: Set<Int> = []
    var valueScales: [ValueScale] = []

    init(input: ScoringInput, exclusions: ScoringExclusions) {
        self.input = input
        self.exclusions = exclusions
        remainingBudget = input.round.budget.amount
    }

    var rubric: Rubric { input.rubric }

    /// Step 1: every gate and value rule for every submission.
    mutating func evaluateRules() {
        let input = self.input
        let budget = RuleLimits.stepBudget(
            evaluations: input.submissions.count * input.rubric.rulesPerSubmission)
        checks = ParallelMap.map(input.submissions.count) { position in
            EligibilityCheck(
                submission: input.submissions[position], round: input.round,
                rubric: input.rubric, stepBudget: budget)
        }
    }

    /// Steps 2 to 5.
    mutating func assessQuality() {
        let input = self.input
        let exclusions = self.exclusions
        let inputs = QualityAssessment.Inputs(
            rubric: input.rubric, scores: input.scores,
            index: ScoreIndex(
                scores: input.scores, submissionCount: input.submissions.count,
                rubric: input.rubric),
            moderation: Dictionary(
                input.decisions.moderation.map {
                    (IDPairKey.make($0.submission, $0.criterion), $0.score)
                },
                uniquingKeysWith: { first, _ in first }),
            evaluatorIDs: input.panel.evaluators.map(\.id))
        let checks = self.checks
        let criteria = rubric.criteria
        // Each submission's result on every core; the pool and the blocking items in file order.
        let assessed = ParallelMap.map(input.submissions.count) { position -> InitialResult in
            let assessment =
                checks[position].isEligible
                ? QualityAssessment(
                    submission: input.submissions[position].id, at: position,
                    values: checks[position].values,
                    excluded: exclusions.excluded[position], inputs: inputs)
                : nil
            return InitialResult(
                id: input.submissions[position].id,
                organisation: input.submissions[position].organisation.name,
                position: position, check: checks[position], criteria: criteria,
                assessment: assessment)
        }
        results.reserveCapacity(assessed.count)
        for initial in assessed {
            results.append(initial.result)
            if initial.isPooled { pool.append(initial.result.index) }
            blocking += initial.blocking
        }
    }
}

/// A submission's result before the steps that compare it with others (abnormally low values,
/// quantitative points, ranking, award): its gates, and its consensus scores and thresholds when
/// it is eligible.
private struct InitialResult: Sendable {
    var result: SubmissionResult
    /// Whether it passes every threshold (step 6's pool).
    var isPooled = false
    var blocking: [BlockingItem] = []

    init(
        id: String, organisation: String, position: Int, check: EligibilityCheck,
        criteria: [Criterion], assessment: QualityAssessment?
    ) {
        result = SubmissionResult(
            id: id, index: position, organisation: organisation, status: .ineligible,
            amount: check.amount, gates: check.gates, criteria: [], flags: [],
            reasons: check.reasons)
        guard let assessment else {
            result.criteria = criteria.map {
                CriterionResult(
                    id: $0.id, kind: $0.isQuality ? .quality : .quantitative, points: nil,
                    scoreRows: [], excluded: [])
            }
            return
        }
        result.criteria = assessment.criteria
        result.qualityPercent = assessment.qualityPercent
        blocking = assessment.blocking
        if assessment.thresholdReasons.isEmpty {
            isPooled = true
        } else {
            result.status = .belowThreshold
            result.reasons = assessment.thresholdReasons
        }
    }
}
