import Foundation

/// Step 6 of the scoring model: a value far below the others may not be deliverable.
///
/// For each quantitative criterion with `abnormallyLow.belowMeanBy = f`, a submission in the pool
/// whose value is below (1 − f) × the mean of the *other* pool members' values (assessed only when
/// there are at least two others) is flagged. The panel's clarification decides: `rejected` takes
/// it out of the pool; `accepted` keeps it; none yet blocks the decision (it stays in meanwhile).
/// Every mean uses the pool as it was before any rejection.
struct AbnormallyLowTest {
    struct Finding {
        var position: Int
        var value: AbnormalValue
        var clarification: PanelDecisions.Clarification?
    }

    private(set) var findings: [Finding] = []

    init(
        pool: [Int], values: [[Decimal?]], rubric: Rubric, submissionIDs: [String],
        clarifications: [String: PanelDecisions.Clarification], currency: String
    ) {
        for (criterionIndex, criterion) in rubric.criteria.enumerated() {
            guard let fraction = criterion.quantitative?.abnormallyLowBelowMeanBy else { continue }
            let members = pool.compactMap { position in
                values[position][criterionIndex].map { (position, $0) }
            }
            guard members.count >= 3, let sum = Self.sum(members.map(\.1)),
                let factor = DecimalArithmetic.subtract(1, fraction)
            else { continue }
            // Decimal arithmetic through the rules' checked operations: Foundation's operators
            // trap on overflow and underflow, and these values come from applicants' files. Each
            // member on its own, on every core (a national round has 100,000), in pool order.
            let screen = FarAboveThreshold(sum: sum, factor: factor, others: members.count - 1)
            let flagged = ParallelMap.map(members.count, minimumChunk: 4096) {
                index -> AbnormalValue? in
                let value = members[index].1
                guard !screen.isFarAbove(value),
                    let others = DecimalArithmetic.subtract(sum, value),
                    let othersMean = DecimalArithmetic.divide(others, Decimal(members.count - 1)),
                    let threshold = DecimalArithmetic.multiply(factor, othersMean),
                    value < threshold
                else { return nil }
                return AbnormalValue(
                    criterion: criterion.id, title: criterion.title,
                    unit: criterion.quantitative?.unit, value: value, fraction: fraction,
                    others: members.count - 1, othersMean: othersMean, threshold: threshold)
            }
            for (member, value) in zip(members, flagged) {
                guard let value else { continue }
                let key = IDPairKey.make(submissionIDs[member.0], criterion.id)
                findings.append(
                    Finding(position: member.0, value: value, clarification: clarifications[key]))
            }
        }
    }

    private static func sum(_ values: [Decimal]) -> Decimal? {
        values.reduce(Decimal(0) as Decimal?) { total, value in
            total.flatMap { DecimalArithmetic.add($0, value) }
        }
    }
}

/// Settles in floating point the members far above their threshold (nearly all of them), so that
/// only the few near or below it take the exact `Decimal` arithmetic: 100,000 exact divisions
/// cost about half a second of a national round. The margin, a billionth of the magnitudes
/// involved, is millions of times the rounding error of the conversions and the three
/// operations, so a member it passes over is one the exact test would not flag either.
struct FarAboveThreshold {
    let sum: Double
    let factor: Double
    let others: Double

    init(sum: Decimal, factor: Decimal, others: Int) {
        self.sum = sum.doubleValue
        self.factor = factor.doubleValue
        self.others = Double(others)
    }

    func isFarAbove(_ value: Decimal) -> Bool {
        let value = value.doubleValue
        let threshold = factor * (sum - value) / others
        let margin = 1e-9 * (abs(value) + abs(factor) * (abs(sum) + abs(value)) / others)
        guard threshold.isFinite, margin.isFinite else { return false }
        return value > threshold + margin
    }
}
