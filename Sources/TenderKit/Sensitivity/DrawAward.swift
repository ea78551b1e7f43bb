/// Who is awarded at one draw's weights, for the rank acceptability: the same steps 8 to 10 as
/// `SensitivityModel.rankAndAward`, for a scored set fixed in advance, without the cost that only
/// a tie needs.
///
/// Only the top of the ranking can be awarded. In `single` mode that is the first; in
/// `allocation` mode the budget is spent down the ranking until what is left is below the
/// smallest amount any scored submission asks for, after which nobody further down can be funded.
/// So a draw computes every total (the same sum, in the same order, as the model), selects the
/// K highest (`TopSelection`, O(n)), sorts only those, and allocates in pence, doubling K until the
/// budget is spent or every submission is taken. K starts from where the evaluation's own
/// allocation stopped. When two totals among those that decide the award lie within the tie
/// tolerance, the draw is not decided here (nil): the model then runs the full tie-breaks.
struct DrawAward: Sendable {
    private let positions: [Int]
    /// Scored submission × criterion, row by row; a missing fraction is 0, as in the model's sum.
    private let fractions: [Double]
    private let columns: Int
    private let pence: [Int64]
    private let budget: Int64
    private let smallestAmount: Int64
    private let mode: Rubric.Award.Mode
    private let minimumTotal: Double?
    /// How many of the highest totals a draw sorts first (the tests set 1 to exercise doubling).
    var firstTop: Int

    init(model: SensitivityModel, set: ScoredSet, base: ModelOutcome) {
        positions = set.scored
        columns = model.baseWeights.count
        fractions = set.scored.flatMap { position in set.fractions[position].map { $0 ?? 0 } }
        pence = set.scored.map { model.pence[$0] }
        budget = model.budgetPence
        smallestAmount = pence.min() ?? 0
        mode = model.rubric.award.mode
        minimumTotal = model.rubric.award.minimumTotal
        let awarded = Set(base.awarded)
        let lastAwardedSlot = base.order.lastIndex { awarded.contains($0) } ?? 0
        firstTop = mode == .single ? 2 : (lastAwardedSlot + 1) * 5 / 4 + 64
    }

    /// Scratch space for one thread's draws.
    struct Scratch {
        var totals: [Double] = []
        var indices: [Int32] = []
    }

    /// The awarded positions, ascending, or nil when a tie needs the full tie-breaks.
    func awarded(weights: [Double], scratch: inout Scratch) -> [Int]? {
        computeTotals(weights, into: &scratch.totals)
        var top = firstTop
        while true {
            let order = TopSelection.largest(top, of: scratch.totals, using: &scratch.indices)
            let complete = order.count == positions.count
            switch allocate(order, totals: scratch.totals, complete: complete) {
            case .decided(let awarded): return awarded.map { positions[$0] }.sorted()
            case .tied: return nil
            case .needsMore: top *= 2
            }
        }
    }

    private func computeTotals(_ weights: [Double], into totals: inout [Double]) {
        if totals.count != positions.count {
            totals = [Double](repeating: 0, count: positions.count)
        }
        for row in 0..<positions.count {
            var total = 0.0
            let start = row * columns
            for column in 0..<columns {
                total = total + fractions[start + column] * weights[column]
            }
            totals[row] = total
        }
    }

    private enum Allocation {
        case decided([Int])
        case tied
        case needsMore
    }

    /// Step 10 down `order` (row indices, highest total first). Decided once nothing further down
    /// can change the award; `needsMore` when `order` ends before that and is not every row.
    private func allocate(_ order: ArraySlice<Int32>, totals: [Double], complete: Bool)
        -> Allocation
    {
        var remaining = budget
        var awarded: [Int] = []
        var slot = order.startIndex
        while slot < order.endIndex {
            let row = Int(order[slot])
            if slot > order.startIndex,
                totals[Int(order[slot - 1])] - totals[row] <= TieBreaker.tolerance
            {
                return .tied
            }
            let qualifies = minimumTotal.map { !ScoreThreshold.isBelow(totals[row], $0) } ?? true
            if mode == .single {
                return qualifies ? finish(slot, order, totals, [row], complete) : .decided([])
            }
            if qualifies, pence[row] <= remaining {
                remaining -= pence[row]
                awarded.append(row)
            }
            if remaining < smallestAmount { return finish(slot, order, totals, awarded, complete) }
            slot += 1
        }
        return complete ? .decided(awarded) : .needsMore
    }

    /// The award once the allocation stops at `slot`: decided unless the next submission ties
    /// with it (then its order, and so the award, is the tie-breaks' to say).
    private func finish(
        _ slot: Int, _ order: ArraySlice<Int32>, _ totals: [Double], _ awarded: [Int],
        _ complete: Bool
    ) -> Allocation {
        let next = slot + 1
        guard next < order.endIndex else { return complete ? .decided(awarded) : .needsMore }
        let gap = totals[Int(order[slot])] - totals[Int(order[next])]
        return gap <= TieBreaker.tolerance ? .tied : .decided(awarded)
    }
}
