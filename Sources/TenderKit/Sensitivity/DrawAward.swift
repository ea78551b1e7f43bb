/// Who is awarded at one draw's weights, for the rank acceptability: the same steps 8 to 10 as
/// `SensitivityModel.rankAndAward`, for a scored set fixed in advance, without the cost that only
/// a tie needs.
///
/// A draw computes every total (the same sum, in the same order, as the model), orders them by
/// a bucket sort (`DescendingOrder`, O(n)), and allocates in pence down the order until the budget
/// left is below the smallest amount any scored submission asks for, after which nobody further
/// down can be funded. A run of totals each within the tie tolerance of the next is put in order
/// by the model's own tie-breaks (`SensitivityModel.tieOrder`), as the full ranking would put it.
/// In `single` mode only the highest total counts, found in one pass; a tie for it is left to the
/// model's full steps (nil).
struct DrawAward: Sendable {
    private let model: SensitivityModel
    private let set: ScoredSet
    private let positions: [Int]
    /// `set.columns` read at `positions`: each criterion's fractions of the scored submissions,
    /// contiguous in the order the totals are summed.
    private let scoredColumns: [[Double]]
    private let pence: [Int64]
    private let budget: Int64
    private let smallestAmount: Int64
    private let mode: Rubric.Award.Mode
    private let minimumTotal: Double?

    init(model: SensitivityModel, set: ScoredSet) {
        self.model = model
        self.set = set
        positions = DrawAward.baseOrder(set, weights: model.baseWeights)
        scoredColumns = set.columns.map { [positions] column in positions.map { column[$0] } }
        pence = positions.map { model.pence[$0] }
        budget = model.budgetPence
        smallestAmount = pence.min() ?? 0
        mode = model.rubric.award.mode
        minimumTotal = model.rubric.award.minimumTotal
    }

    /// The scored positions, highest total at the rubric's weights first (equal totals in
    /// position order). A draw's weights lie near the rubric's, so its order is close to this one:
    /// rows kept in it are read almost in sequence when the budget is spent down a draw's order,
    /// where rows in file order were a cache miss each. Which rows are awarded does not depend on
    /// the rows' order (a run of equal or tied totals is ordered by the tie-breaks, by position).
    private static func baseOrder(_ set: ScoredSet, weights: [Double]) -> [Int] {
        var totals: [Double] = []
        let columns = set.columns.map { column in set.scored.map { column[$0] } }
        sum(columns, rows: set.scored.count, weights, into: &totals)
        let rows = totals.indices.sorted {
            (totals[$0], set.scored[$1]) > (totals[$1], set.scored[$0])
        }
        return rows.map { set.scored[$0] }
    }

    /// Scratch space for one thread's draws.
    struct Scratch {
        var totals: [Double] = []
        var order = DescendingOrder()
    }

    /// The awarded positions (in no particular order), or nil when a tie needs the full
    /// tie-breaks.
    func awarded(weights: [Double], scratch: inout Scratch) -> [Int]? {
        awardedRows(weights: weights, scratch: &scratch).map { $0.map { positions[$0] } }
    }

    /// How many scored submissions a draw ranks (its rows), and the position of each row.
    var rowCount: Int { positions.count }
    func position(ofRow row: Int) -> Int { positions[row] }

    /// `awarded`'s rows (`position(ofRow:)` gives their positions), for a caller that counts
    /// many draws' awards by row and turns rows into positions once.
    func awardedRows(weights: [Double], scratch: inout Scratch) -> [Int]? {
        computeTotals(weights, into: &scratch.totals)
        switch mode {
        case .single: return single(scratch.totals)
        case .allocation:
            scratch.order.prepare(scratch.totals)
            return allocate(&scratch.order, totals: scratch.totals, weights: weights)
        }
    }

    /// Every scored submission's total, summed criterion by criterion in rubric order from 0 (a
    /// missing fraction is 0 in `ScoredSet.columns`), as the model sums each row. `totals` is
    /// reused from draw to draw.
    private func computeTotals(_ weights: [Double], into totals: inout [Double]) {
        Self.sum(scoredColumns, rows: positions.count, weights, into: &totals)
    }

    /// Each of `rows` rows' weighted sum of `columns`, criterion by criterion from 0.
    private static func sum(
        _ columns: [[Double]], rows: Int, _ weights: [Double], into totals: inout [Double]
    ) {
        if totals.count == rows {
            for row in totals.indices { totals[row] = 0 }
        } else {
            totals = [Double](repeating: 0, count: rows)
        }
        totals.withUnsafeMutableBufferPointer { totals in
            for (criterion, column) in columns.enumerated() {
                let weight = weights[criterion]
                column.withUnsafeBufferPointer { column in
                    for row in 0..<totals.count { totals[row] = totals[row] + column[row] * weight }
                }
            }
        }
    }

    /// `single` mode: the highest total, awarded unless below `minimumTotal`; nil on a tie for it.
    private func single(_ totals: [Double]) -> [Int]? {
        guard var best = totals.indices.first else { return [] }
        var second = -Double.infinity
        for row in totals.indices.dropFirst() {
            if totals[row] > totals[best] || (totals[row] == totals[best] && row < best) {
                second = totals[best]
                best = row
            } else {
                second = max(second, totals[row])
            }
        }
        guard totals[best] - second > TieBreaker.tolerance else { return nil }
        let qualifies = minimumTotal.map { !ScoreThreshold.isBelow(totals[best], $0) } ?? true
        return qualifies ? [best] : []
    }

    /// `allocation` mode: the budget spent down `order` (highest total first), each run of tied
    /// totals in the tie-breaks' order, until nobody further down can be funded.
    private func allocate(_ order: inout DescendingOrder, totals: [Double], weights: [Double])
        -> [Int]
    {
        var remaining = budget
        var awarded: [Int] = []
        // Takes one row; true when nobody further down can be funded.
        func take(_ row: Int) -> Bool {
            let qualifies = minimumTotal.map { !ScoreThreshold.isBelow(totals[row], $0) } ?? true
            if qualifies, pence[row] <= remaining {
                remaining -= pence[row]
                awarded.append(row)
            }
            return remaining < smallestAmount
        }
        var slot = 0
        while slot < order.count {
            let row = order.row(at: slot)
            slot += 1
            var run: [Int] = []
            while slot < order.count {
                let next = order.row(at: slot)
                guard totals[run.last ?? row] - totals[next] <= TieBreaker.tolerance else { break }
                if run.isEmpty { run.append(row) }
                run.append(next)
                slot += 1
            }
            if run.isEmpty {
                if take(row) { return awarded }
            } else {
                for tiedRow in tied(run, totals: totals, weights: weights) where take(tiedRow) {
                    return awarded
                }
            }
        }
        return awarded
    }

    /// A run of tied rows in the order the award step takes them.
    private func tied(_ run: [Int], totals: [Double], weights: [Double]) -> [Int] {
        let rowOf = Dictionary(uniqueKeysWithValues: run.map { (positions[$0], $0) })
        let ordered = model.tieOrder(
            run.map { positions[$0] }, totals: run.map { totals[$0] }, set: set,
            weights: weights)
        return ordered.compactMap { rowOf[$0] }
    }
}
