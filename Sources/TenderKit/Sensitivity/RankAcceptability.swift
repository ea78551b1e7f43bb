import Foundation

/// Rank acceptability after SMAA-2 (Lahdelma and Salminen, 2001): how often each submission is
/// awarded when the weights are drawn at random near the rubric's.
///
/// The weights are drawn uniformly from the set of weights within ±`window` percentage points of
/// the rubric's that are ≥ 0 and add to the rubric's total (100), by rejection: for each draw, the
/// generator (`SeededGenerator`, SplitMix64, seeded with `seed`) gives, for every criterion but
/// the last in rubric order, u = (next() >> 11) ÷ 2⁵³ in [0, 1), and the weight
/// lowₖ + u × (highₖ − lowₖ) with lowₖ = max(0, wₖ − window) and highₖ = wₖ + window; the last
/// criterion takes what is left of the total, and the draw is kept when that lies in its own
/// [low, high], otherwise drawn again. Uniform on the box of the first n − 1 weights, conditioned
/// on the last being in range, is uniform on the set (the last weight is a linear function of the
/// others). Every draw is evaluated by `SensitivityModel`, the evaluation's own steps.
struct RankAcceptability {
    static let window = 5.0
    static let defaultSeed: UInt64 = 2001
    static let defaultDraws = 1_000

    /// The weights of `count` draws, in order.
    static func draws(around weights: [Double], count: Int, seed: UInt64) -> [[Double]] {
        guard !weights.isEmpty else { return [] }
        let low = weights.map { max(0, $0 - window) }
        let high = weights.map { $0 + window }
        let total = weights.reduce(0, +)
        var generator = SeededGenerator(seed: seed)
        var draws: [[Double]] = []
        draws.reserveCapacity(count)
        while draws.count < count {
            var draw: [Double] = []
            var sum = 0.0
            for index in 0..<(weights.count - 1) {
                let unit = Double(generator.next() >> 11) / Double(UInt64(1) << 53)
                let weight = low[index] + unit * (high[index] - low[index])
                draw.append(weight)
                sum += weight
            }
            let last = total - sum
            guard last >= low[weights.count - 1], last <= high[weights.count - 1] else { continue }
            draw.append(last)
            draws.append(draw)
        }
        return draws
    }

    /// How many of `draws` award each submission (file-order positions), evaluated on every core
    /// in chunks of consecutive draws. A draw whose pool is `cache`'s goes through `DrawAward`;
    /// one with another pool, or (in `single` mode) with a tie for the top, through the model's
    /// full steps.
    static func awardCounts(
        _ model: SensitivityModel, draws: [[Double]], cache: ScoredSet
    ) -> [Int] {
        let fast = DrawAward(model: model, set: cache)
        let chunks = min(draws.count, 64)
        // Each chunk counts its own draws' awards (a national round awards thousands a draw:
        // keeping every draw's list until the end held hundreds of megabytes).
        // Draws that go through `DrawAward` are counted by its rows, the rest by position.
        let chunkCounts = ParallelMap.map(chunks, minimumChunk: 1) { chunk in
            var scratch = DrawAward.Scratch()
            var byRow = [Int32](repeating: 0, count: fast.rowCount)
            var byPosition = [Int32](repeating: 0, count: model.count)
            for index in chunk * draws.count / chunks..<(chunk + 1) * draws.count / chunks {
                let weights = draws[index]
                if model.hasPool(cache.pool, weights: weights),
                    let rows = fast.awardedRows(weights: weights, scratch: &scratch)
                {
                    for row in rows { byRow[row] += 1 }
                } else {
                    for position in model.outcome(weights: weights, cache: cache).awarded {
                        byPosition[position] += 1
                    }
                }
            }
            return (byRow, byPosition)
        }
        var counts = [Int](repeating: 0, count: model.count)
        for (byRow, byPosition) in chunkCounts {
            for (row, count) in byRow.enumerated() {
                counts[fast.position(ofRow: row)] += Int(count)
            }
            for (position, count) in byPosition.enumerated() { counts[position] += Int(count) }
        }
        return counts
    }
}
