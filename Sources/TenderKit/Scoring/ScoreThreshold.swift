/// How computed scores meet the rubric's thresholds (a criterion's `minimum`, `minimumQuality`,
/// `award.minimumTotal`, `consensus.maxSpread`): as a person computing them by hand sees them.
///
/// Scores are binary doubles, so a value that is exact by hand often lands a hair to one side of
/// it: (1.9 + 2.8 + 2.8) / 3 is 2.4999999999999996, and 4 + 26 points of 60 is 49.99999999999999%.
/// As for tied totals (step 9), values within 1e-9 of a threshold count as equal to it.
enum ScoreThreshold {
    static let tolerance = TieBreaker.tolerance

    /// Whether `value` is below `threshold` by more than the tolerance.
    static func isBelow(_ value: Double, _ threshold: Double) -> Bool {
        value < threshold - tolerance
    }

    /// Whether `value` is above `threshold` by more than the tolerance.
    static func isAbove(_ value: Double, _ threshold: Double) -> Bool {
        value > threshold + tolerance
    }
}
