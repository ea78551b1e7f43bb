import Foundation

/// Steps 5 to 10 of the scoring model as a function of the criteria's weights (and, for the score
/// margins, of one raised consensus), for the sensitivity analysis.
///
/// Nothing here is a second scoring model: the thresholds, the abnormally-low test, the
/// quantitative scales, the tie-breaks and the award are the very components `tender evaluate`
/// runs (`ScoreThreshold`, `AbnormallyLowTest`, `QuantitativePoints`, `TieBreaker`,
/// `AwardAllocator`), fed with what steps 1 to 4 found, which no weight changes: who passed the
/// gates, every agreed score, every value and amount. Points are computed with the same
/// arithmetic in the same order, so at the rubric's own weights the totals are the decision's to
/// the bit (a test checks this, and checks the outcome against `RoundEvaluator` at random weights).
struct SensitivityModel: Sendable {
    let input: ScoringInput
    let ids: [String]
    /// Passed every gate and had every value.
    let eligible: [Bool]
    /// No agreed score below its criterion's `minimum` (weights do not move these).
    let passesMinima: [Bool]
    /// Per submission and criterion: (consensus − scale.min) ÷ (scale.max − scale.min) for a
    /// panel-scored criterion with a consensus; nil otherwise.
    let qualityFractions: [[Double?]]
    let consensus: [[Double?]]
    /// Each criterion's values as `Double` (0 where there is none), for the quantitative points;
    /// empty for a panel-scored criterion.
    let valueColumns: [[Double]]
    /// The decision's results, for the values step 6 reads as `Decimal` (only when a weighting
    /// moves the pool).
    private let results: [SubmissionResult]
    let amounts: [Decimal]
    /// `amounts` and the budget in pence, for the award step's arithmetic in the sweeps and draws.
    let pence: [Int64]
    let budgetPence: Int64
    let baseWeights: [Double]
    let isQuality: [Bool]
    private let clarifications: [String: PanelDecisions.Clarification]
    let breaker: TieBreaker
    /// The submissions the evaluation rejected for an abnormally low value (step 6, at the
    /// rubric's weights).
    let rejectedAtBase: Set<Int>

    var rubric: Rubric { input.rubric }
    var count: Int { ids.count }

    /// nil when an amount or the budget is not a whole number of pence within `MoneyBound` (the
    /// loader and the eligibility step refuse such amounts, so a loaded round always has a model).
    init?(decision: Decision, input: ScoringInput) {
        let rubric = input.rubric
        let submissions = decision.submissions
        let rows = ParallelMap.map(submissions.count, minimumChunk: 4_096) { position in
            Row(
                amount: submissions[position].amount, criteria: submissions[position].criteria,
                rubric: rubric)
        }
        let pence = rows.compactMap(\.pence)
        guard pence.count == rows.count,
            let budgetPence = MoneyBound.pence(input.round.budget.amount)
        else { return nil }
        self.pence = pence
        self.budgetPence = budgetPence
        self.input = input
        amounts = rows.map(\.amount)
        ids = submissions.indices.map { submissions[$0].id }
        eligible = submissions.indices.map { submissions[$0].status != .ineligible }
        isQuality = rubric.criteria.map(\.isQuality)
        baseWeights = rubric.criteria.map(\.weight)
        consensus = rows.map(\.consensus)
        qualityFractions = rows.map(\.fractions)
        results = submissions
        valueColumns = rubric.criteria.indices.map { criterion in
            guard rubric.criteria[criterion].quantitative != nil else { return [] }
            return ParallelMap.map(submissions.count, minimumChunk: 4_096) { position in
                submissions[position].criteria[criterion].value?.doubleValue ?? 0
            }
        }
        passesMinima = rows.map(\.passesMinima)
        clarifications = Dictionary(
            input.decisions.clarifications.map {
                (IDPairKey.make($0.submission, $0.criterion), $0)
            },
            uniquingKeysWith: { first, _ in first })
        rejectedAtBase = Set(
            decision.submissions.indices.filter {
                decision.submissions[$0].status == .rejected
            })
        breaker = TieBreaker(
            entries: rubric.tieBreak,
            criterionIndex: Dictionary(
                rubric.criteria.enumerated().map { ($1.id, $0) },
                uniquingKeysWith: { first, _ in first }))
    }

    /// Step 5's quality percentage at `weights`, as `QualityAssessment` computes it; nil when the
    /// panel-scored weight is 0.
    func qualityPercent(_ position: Int, weights: [Double], fractions: [Double?]? = nil) -> Double?
    {
        let row = fractions ?? qualityFractions[position]
        var points = 0.0
        var weight = 0.0
        for criterion in 0..<row.count where isQuality[criterion] {
            points += row[criterion].map { $0 * weights[criterion] } ?? 0
            weight += weights[criterion]
        }
        return weight > 0 ? points / weight * 100 : nil
    }

    /// Step 5: the submissions passing every threshold at `weights`, in file order.
    func pool(weights: [Double], adjusted: Adjustment? = nil) -> [Int] {
        (0..<count).filter { position in
            guard eligible[position], passesMinima[position] else { return false }
            guard let minimum = rubric.minimumQuality,
                let percent = qualityPercent(
                    position, weights: weights, fractions: adjusted?.fractions(for: position))
            else { return true }
            return !ScoreThreshold.isBelow(percent, minimum)
        }
    }

    /// One submission's part of the model, made on every core.
    private struct Row: Sendable {
        var amount: Decimal
        var pence: Int64?
        var consensus: [Double?]
        var fractions: [Double?]
        var passesMinima: Bool

        /// The criteria and the rubric are borrowed and read in place: a copy of either for each
        /// of a national round's submissions retained arrays both cores share.
        init(amount: Decimal?, criteria: borrowing [CriterionResult], rubric: borrowing Rubric) {
            self.amount = amount ?? 0
            pence = MoneyBound.pence(self.amount)
            let scaleMin = rubric.scale.min
            let span = rubric.scale.max - scaleMin
            var consensus: [Double?] = []
            consensus.reserveCapacity(criteria.count)
            for index in criteria.indices {
                consensus.append(criteria[index].kind == .quality ? criteria[index].consensus : nil)
            }
            self.consensus = consensus
            fractions = consensus.map { value in value.map { ($0 - scaleMin) / span } }
            passesMinima = true
            for index in 0..<min(consensus.count, rubric.criteria.count) {
                guard let minimum = rubric.criteria[index].minimum, let value = consensus[index]
                else { continue }
                if ScoreThreshold.isBelow(value, minimum) { passesMinima = false }
            }
        }
    }

    /// Whether step 5's pool at `weights` is `pool` (always, without `minimumQuality`).
    func hasPool(_ pool: [Int], weights: [Double]) -> Bool {
        rubric.minimumQuality == nil || self.pool(weights: weights) == pool
    }

    /// Steps 6 and 7 for a pool: who is scored, and each scored submission's quantitative
    /// fractions (points ÷ weight, so that fraction × weight is the points to the bit).
    func scoredSet(pool: [Int]) -> ScoredSet {
        let test = AbnormallyLowTest(
            pool: pool, values: results.map { $0.criteria.map(\.value) }, rubric: rubric,
            submissionIDs: ids,
            clarifications: clarifications, currency: input.round.budget.currency)
        let rejected = Set(
            test.findings.filter { $0.clarification?.outcome == .rejected }.map(\.position))
        return scoredSet(pool: pool, rejected: rejected)
    }

    /// Step 7 for a pool whose step 6 is known: `rejected` are the values rejected in it.
    func scoredSet(pool: [Int], rejected: Set<Int>) -> ScoredSet {
        let scored = pool.filter { !rejected.contains($0) }
        var fractions = [[Double?]](
            repeating: [Double?](repeating: nil, count: baseWeights.count), count: count)
        for position in scored { fractions[position] = qualityFractions[position] }
        for (index, criterion) in rubric.criteria.enumerated() {
            guard let quantitative = criterion.quantitative else { continue }
            let scoredValues = scored.map { valueColumns[index][$0] }
            guard
                let scale = QuantitativePoints(
                    values: scoredValues, quantitative: quantitative, weight: 1)
            else { continue }
            for (offset, position) in scored.enumerated() {
                fractions[position][index] = scale.points(scoredValues[offset])
            }
        }
        return ScoredSet(
            pool: pool, scored: scored, fractions: fractions, criteria: baseWeights.count)
    }

    /// Step 8: a total at `weights`, summed in rubric order as the evaluation sums it.
    static func total(_ fractions: [Double?], weights: [Double]) -> Double {
        var total = 0.0
        for (index, fraction) in fractions.enumerated() {
            total = total + (fraction.map { $0 * weights[index] } ?? 0)
        }
        return total
    }
}

/// Who is scored for one pool, with every scored submission's fractions per criterion.
struct ScoredSet: Sendable {
    var pool: [Int]
    var scored: [Int]
    /// Per submission (file order) and criterion; nil rows for those not scored.
    var fractions: [[Double?]]
    /// The same by criterion, then submission, with 0 for nil: one contiguous column per
    /// criterion, for the sweeps that read two criteria of every submission.
    let columns: [[Double]]

    init(pool: [Int], scored: [Int], fractions: [[Double?]], criteria: Int) {
        self.pool = pool
        self.scored = scored
        self.fractions = fractions
        var columns = [[Double]](
            repeating: [Double](repeating: 0, count: fractions.count),
            count: criteria)
        for position in scored {
            for (criterion, fraction) in fractions[position].enumerated() {
                columns[criterion][position] = fraction ?? 0
            }
        }
        self.columns = columns
    }
}

/// One agreed score raised: submission `position`'s consensus on `criterion` by `increase`.
struct Adjustment: Sendable {
    var position: Int
    var criterion: Int
    var fractions: [Double?]

    func fractions(for position: Int) -> [Double?]? {
        position == self.position ? fractions : nil
    }
}
