import Foundation
import Testing

@testable import TenderKit

/// `FarAboveThreshold` passes over only members the exact test of step 6 would not flag: a value
/// below (1 − f) × the mean of the others, worked out in `Decimal`.
@Suite struct FarAboveThresholdTests {
    /// The exact test, as `AbnormallyLowTest` makes it.
    static func isFlagged(_ value: Decimal, sum: Decimal, factor: Decimal, others: Int) -> Bool {
        guard let rest = DecimalArithmetic.subtract(sum, value),
            let mean = DecimalArithmetic.divide(rest, Decimal(others)),
            let threshold = DecimalArithmetic.multiply(factor, mean)
        else { return false }
        return value < threshold
    }

    /// Prices 60, 100, 105, 110 with f = 0.2 (sum 375): thresholds 0.8 × 315/3 = 84,
    /// 0.8 × 275/3 = 73.3, 0.8 × 270/3 = 72, 0.8 × 265/3 = 70.7. Only 60 is below its own; the
    /// others are far above theirs. Exactly at a threshold (84 with the others summing 315) is
    /// not far above: the exact test decides it.
    @Test(arguments: [
        (Decimal(60), Decimal(375), false), (Decimal(100), Decimal(375), true),
        (Decimal(105), Decimal(375), true), (Decimal(110), Decimal(375), true),
        (Decimal(84), Decimal(399), false),
    ])
    func handWorkedPool(value: Decimal, sum: Decimal, farAbove: Bool) {
        let screen = FarAboveThreshold(sum: sum, factor: Decimal(string: "0.8")!, others: 3)
        #expect(screen.isFarAbove(value) == farAbove)
    }

    /// Seeded pools of values at every scale, each member also moved to within a hair of its
    /// threshold (above and below): the screen never passes over a member the exact test flags,
    /// and it does pass over the members well above.
    @Test(arguments: [UInt64(1), 2, 3, 4, 5])
    func neverPassesOverAFlaggedMember(seed: UInt64) {
        var random = SeededGenerator(seed: seed)
        let exponent = Int(random.next() % 40) - 20
        let values = (0..<50).map { _ in
            Decimal(
                sign: .plus, exponent: exponent, significand: Decimal(random.next() % 1_000_000))
        }
        let factor = Decimal(string: "0.8")!
        let others = values.count - 1
        var sum = Decimal(0)
        for value in values { sum = DecimalArithmetic.add(sum, value)! }
        let screen = FarAboveThreshold(sum: sum, factor: factor, others: others)
        var passedOver = 0
        for value in values {
            let threshold = DecimalArithmetic.multiply(
                factor, DecimalArithmetic.divide(sum - value, Decimal(others))!)!
            let hair = Decimal(sign: .plus, exponent: exponent - 30, significand: 1)
            for candidate in [value, threshold - hair, threshold, threshold + hair] {
                // The candidate stands in for `value` among the same others.
                let candidateSum = sum - value + candidate
                let candidateScreen = FarAboveThreshold(
                    sum: candidateSum, factor: factor, others: others)
                if candidateScreen.isFarAbove(candidate) {
                    #expect(
                        !Self.isFlagged(
                            candidate, sum: candidateSum, factor: factor, others: others))
                }
            }
            if screen.isFarAbove(value) { passedOver += 1 }
        }
        #expect(passedOver > 0)
    }
}
