/// Step 7 of the scoring model: points for a quantitative value against the best (and worst)
/// value among the submissions being compared.
///
/// - `ratio-to-best`: lower is better: best / v × weight; higher: v / best × weight.
/// - `deviation-from-best`: lower: max(0, 1 − (v − best) / best) × weight;
///   higher: max(0, 1 − (best − v) / best) × weight.
/// - `linear-range`: lower: (worst − v) / (worst − best) × weight; higher: (v − worst) / (best − worst) × weight;
///   full weight for everyone when best = worst.
///
/// The best and worst are found once, so scoring every submission of a national round is linear.
struct QuantitativePoints {
    let quantitative: Criterion.Quantitative
    let weight: Double
    let best: Double
    let worst: Double

    /// The scale set by `values`, the values of every submission compared; nil when there are none.
    init?(values: [Double], quantitative: Criterion.Quantitative, weight: Double) {
        guard let low = values.min(), let high = values.max() else { return nil }
        let lowerIsBetter = quantitative.better == .lower
        self.quantitative = quantitative
        self.weight = weight
        best = lowerIsBetter ? low : high
        worst = lowerIsBetter ? high : low
    }

    /// The points for value `v`.
    func points(_ v: Double) -> Double {
        let lowerIsBetter = quantitative.better == .lower
        switch quantitative.method {
        case .ratioToBest:
            return (lowerIsBetter ? best / v : v / best) * weight
        case .deviationFromBest:
            let deviation = lowerIsBetter ? (v - best) / best : (best - v) / best
            return max(0, 1 - deviation) * weight
        case .linearRange:
            guard best != worst else { return weight }
            return (lowerIsBetter ? (worst - v) / (worst - best) : (v - worst) / (best - worst))
                * weight
        }
    }
}
