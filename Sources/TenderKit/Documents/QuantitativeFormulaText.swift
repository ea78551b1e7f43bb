/// A quantitative criterion's points formula in words and in symbols, as the methodology publishes
/// it and the summaries apply it to an applicant's own value.
enum QuantitativeFormulaText {
    static func words(_ quantitative: Criterion.Quantitative) -> String {
        switch (quantitative.method, quantitative.better == .lower) {
        case (.ratioToBest, true): "the best (lowest) value divided by this value, times the weight"
        case (.ratioToBest, false):
            "this value divided by the best (highest) value, times the weight"
        case (.deviationFromBest, true):
            "the weight, less the fraction by which this value exceeds the best, never below zero"
        case (.deviationFromBest, false):
            "the weight, less the fraction by which this value falls short of the best, never below zero"
        case (.linearRange, true):
            "in proportion to where this value lies between the worst (highest) and the best (lowest)"
        case (.linearRange, false):
            "in proportion to where this value lies between the worst (lowest) and the best (highest)"
        }
    }

    /// `points = best ÷ value × 30`, with the weight written as `weight`.
    static func symbols(_ quantitative: Criterion.Quantitative, weight: Double) -> String {
        let w = NumberText.plain(weight)
        return switch (quantitative.method, quantitative.better == .lower) {
        case (.ratioToBest, true): "points = best ÷ value × \(w)"
        case (.ratioToBest, false): "points = value ÷ best × \(w)"
        case (.deviationFromBest, true): "points = max(0, 1 − (value − best) ÷ best) × \(w)"
        case (.deviationFromBest, false): "points = max(0, 1 − (best − value) ÷ best) × \(w)"
        case (.linearRange, true): "points = (worst − value) ÷ (worst − best) × \(w)"
        case (.linearRange, false): "points = (value − worst) ÷ (best − worst) × \(w)"
        }
    }
}
