/// Every scored submission's total as a line in the transferred weight t: a + b·t, with a the
/// total at the rubric's weights and b its fraction on the receiving criterion minus its fraction
/// on the giving one (points are fraction × weight, so moving t points of weight moves the total
/// by exactly b·t). Indexed by file-order position; unscored submissions have no line.
struct CrossingLines {
    var intercept: [Double]
    var slope: [Double]

    /// - Parameter totals: every scored submission's total at `weights`, when already known (the
    ///   same for every pair of criteria over the same set).
    init(set: ScoredSet, weights: [Double], from: Int, to: Int, totals: [Double]? = nil) {
        intercept = totals ?? Self.totals(set, weights: weights)
        let (gaining, giving) = (set.columns[to], set.columns[from])
        slope = [Double](repeating: 0, count: set.fractions.count)
        for position in set.scored {
            slope[position] = gaining[position] - giving[position]
        }
    }

    /// Every scored submission's total at `weights`, by position (0 for the unscored).
    static func totals(_ set: ScoredSet, weights: [Double]) -> [Double] {
        var totals = [Double](repeating: 0, count: set.fractions.count)
        for position in set.scored {
            totals[position] = SensitivityModel.total(set.fractions[position], weights: weights)
        }
        return totals
    }

    func total(_ position: Int, at t: Double) -> Double {
        intercept[position] + slope[position] * t
    }

    /// The t ≥ `start` at which the line reaches `level`, if it moves and has not passed it yet.
    func crossing(_ position: Int, level: Double, after start: Double) -> Double? {
        guard slope[position] != 0 else { return nil }
        let time = (level - intercept[position]) / slope[position]
        return time >= start ? time : nil
    }

    /// The t ≥ `now` at which `lower`'s line meets `upper`'s from below (`now` when it already
    /// has), or nil when it never gains on it.
    func overtaking(_ lower: Int, passes upper: Int, after now: Double) -> Double? {
        let gain = slope[lower] - slope[upper]
        guard gain > 0 else { return nil }
        return max(now, (intercept[upper] - intercept[lower]) / gain)
    }
}
