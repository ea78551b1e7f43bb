/// The score rows grouped by (submission, panel-scored criterion), built once in linear time
/// (a counting sort), so consensus for 100,000 submissions never searches the table.
struct ScoreIndex: Sendable {
    /// Row numbers of `scores.csv`, grouped; group `g` is `rows[starts[g]..<starts[g + 1]]`.
    let rows: [Int32]
    let starts: [Int]
    let qualityCriteriaCount: Int
    /// Rubric criterion index → position among the panel-scored criteria (nil for quantitative).
    let qualityPosition: [Int?]

    init(scores: ScoreTable, submissionCount: Int, rubric: Rubric) {
        var position: [Int?] = []
        var next = 0
        for criterion in rubric.criteria {
            position.append(criterion.isQuality ? next : nil)
            if criterion.isQuality { next += 1 }
        }
        qualityPosition = position
        qualityCriteriaCount = next
        let groupCount = submissionCount * next
        var counts = [Int](repeating: 0, count: groupCount + 1)
        var groupOfRow = [Int](repeating: 0, count: scores.count)
        for row in 0..<scores.count {
            // The reader admits only rows for panel-scored criteria, so the position exists.
            let group =
                Int(scores.submissions[row]) * next + (position[Int(scores.criteria[row])] ?? 0)
            groupOfRow[row] = group
            counts[group + 1] += 1
        }
        for group in 0..<groupCount { counts[group + 1] += counts[group] }
        starts = counts
        var fill = counts
        var grouped = [Int32](repeating: 0, count: scores.count)
        for row in 0..<scores.count {
            grouped[fill[groupOfRow[row]]] = Int32(row)
            fill[groupOfRow[row]] += 1
        }
        rows = grouped
    }

    /// The rows scoring `submission` on the `quality`-th panel-scored criterion, in file order,
    /// read in place: a slice would retain the index's storage, which every core shares, once for
    /// each of a national round's million submission–criterion pairs.
    func withRows<Result>(
        submission: Int, quality: Int, _ body: (UnsafeBufferPointer<Int32>) -> Result
    ) -> Result {
        let group = submission * qualityCriteriaCount + quality
        return rows.withUnsafeBufferPointer {
            body(UnsafeBufferPointer(rebasing: $0[starts[group]..<starts[group + 1]]))
        }
    }
}
