/// Step 7 of the scoring model: points for a quantitative value against the best (and worst)
/// value among the submissions being compared.
///
/// - `ratio-to-best`: lower is better: best / v × weight; higher: v / best × weight.
/// - `deviation-from-best`: lower: max(0, 1 − (v − best) / best) × weight;
///   higher: max(0, 1 − (best − v) / best) × weight.
/// - `linear-range`: lower: (worst − v) / (worst − best) × weight; higher: (v − worst) / (best − worst) × weight;
///   full weight for everyone when best = worst.
enum QuantitativePoints {
    static func points(value v: Double, values: [Double], quantitative: Criterion.Quantitative, weight: Double) -> Double {
        let lowerIsBetter = quantitative.better == .lower
        guard let low = values.min(), let high = values.max() else { return 0 }
        let best = lowerIsBetter ? low : high
        let worst = lowerIsBetter ? high : low
        switch quantitative.method {
        case .ratioToBest:
            return (lowerIsBetter ? best / v : v / best) * weight
        case .deviationFromBest:
            let deviation = lowerIsBetter ? (v - best) / best : (best - v) / best
            return max(0, 1 - deviation) * weight
        case .linearRange:
            guard best != worst else { return weight }
            return (lowerIsBetter ? (worst - v) / (worst - best) : (v - worst) / (best - worst)) * weight
        }
    }
}
