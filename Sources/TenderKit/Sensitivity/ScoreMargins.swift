import Foundation

/// What it would have taken: for a ranked submission that was not awarded, the smallest increase
/// of one agreed score (in scale points, on one panel-scored criterion, staying on the scale) that
/// would have won it the award (`single`) or funded it (`allocation`).
///
/// Raising one submission's agreed score moves its own total only (by increase × weight ÷ the
/// scale's span); every other total, the pool, the scales and the other submissions' order stay.
/// So it is solved directly from the evaluation's ranking:
/// - `single`: its total must reach the winner's (or, when nobody was awarded, the top total) and
///   `minimumTotal`;
/// - `allocation`: greedy allocation treats those ranked above it exactly as before, so it is funded
///   once it ranks above the lowest submission before which the budget left still covers its
///   amount (the budget left only shrinks down the ranking, so that submission is found by binary
///   search), and reaches `minimumTotal`.
/// At the total it must reach, the tie-breaks decide; the figure is the increase beyond which the
/// outcome is different and below which it is not.
struct ScoreMargins {
    struct Increase: Equatable {
        var position: Int
        var criterion: Int?
        var increase: Double?
    }

    let model: SensitivityModel
    let base: ModelOutcome
    private let remainingBefore: [Int64]

    init(model: SensitivityModel, base: ModelOutcome) {
        self.model = model
        self.base = base
        remainingBefore = model.remainingBefore(base)
    }

    /// Every ranked submission that was not awarded, in rank order.
    func toWin() -> [Increase] {
        let awarded = Set(base.awarded)
        return base.order.indices.filter { !awarded.contains(base.order[$0]) }.map(increase(at:))
    }

    /// The runner-up (`single`) or the first ranked submission below the funding line.
    func scoreMargin() -> Increase? {
        let awarded = Set(base.awarded)
        return base.order.indices.first { !awarded.contains(base.order[$0]) }.map(increase(at:))
    }

    private func increase(at slot: Int) -> Increase {
        let position = base.order[slot]
        guard let needed = totalNeeded(at: slot) else {
            return Increase(position: position, criterion: nil, increase: nil)
        }
        let gap = max(0, needed - base.totals[slot])
        let span = model.rubric.scale.max - model.rubric.scale.min
        var best: (criterion: Int, increase: Double)?
        for criterion in 0..<model.baseWeights.count where model.isQuality[criterion] {
            let weight = model.baseWeights[criterion]
            guard weight > 0, let consensus = model.consensus[position][criterion] else { continue }
            let increase = gap * span / weight
            guard !ScoreThreshold.isAbove(consensus + increase, model.rubric.scale.max),
                best.map({ increase < $0.increase }) ?? true
            else { continue }
            best = (criterion, increase)
        }
        return Increase(position: position, criterion: best?.criterion, increase: best?.increase)
    }

    /// The total the submission in `slot` must reach to be awarded, or nil when no total would do.
    private func totalNeeded(at slot: Int) -> Double? {
        let minimum = model.rubric.award.minimumTotal ?? -Double.infinity
        switch model.rubric.award.mode {
        case .single:
            return slot == 0 ? minimum : max(base.totals[0], minimum)
        case .allocation:
            let amount = model.pence[base.order[slot]]
            if amount <= remainingBefore[slot] { return minimum }
            // remainingBefore never rises down the ranking: find the last slot above this one
            // whose budget left still covers the amount.
            var low = 0
            var high = slot
            while low < high {
                let middle = (low + high) / 2
                if remainingBefore[middle] >= amount { low = middle + 1 } else { high = middle }
            }
            guard low > 0 else { return nil }
            return max(base.totals[low - 1], minimum)
        }
    }
}
