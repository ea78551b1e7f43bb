/// The indices of an array of totals in descending order of total (equal totals by index), in
/// O(n) for totals spread over a range, as the rank acceptability's draws need once per draw.
///
/// A bucket sort: each total goes to one of n buckets by where it lies between the highest and
/// the lowest (the highest in bucket 0), and the buckets are laid out by counting. Each bucket is
/// sorted on its own when the order is first read inside it (by insertion when it is small,
/// otherwise by the standard sort, so totals that bunch up cost O(n log n) at worst, never O(n²)),
/// so a reader that stops part way down, as the award step does once the budget is spent, never
/// pays for sorting the rest. The order is the same on every run.
struct DescendingOrder {
    private(set) var order: [Int32] = []
    private var totals: [Double] = []
    private var bucketOf: [Int32] = []
    /// Where each bucket starts in `order` (and, last, the end).
    private var starts: [Int32] = []
    private var next: [Int32] = []
    /// The buckets before this one are sorted.
    private var sortedBuckets = 0

    var count: Int { order.count }

    /// Lays out `totals` by bucket; the order is then read with `row(at:)`.
    mutating func prepare(_ totals: [Double]) {
        self.totals = totals
        let count = totals.count
        if order.count != count {
            order = [Int32](repeating: 0, count: count)
            bucketOf = [Int32](repeating: 0, count: count)
            starts = [Int32](repeating: 0, count: count + 1)
        }
        sortedBuckets = 0
        guard count > 1, let (lowest, highest) = Self.range(of: totals), highest > lowest else {
            for index in 0..<count { order[index] = Int32(index) }
            sortedBuckets = count
            return
        }
        layOut(totals, highest: highest, lowest: lowest)
    }

    /// The lowest and the highest total, in one pass.
    private static func range(of totals: [Double]) -> (lowest: Double, highest: Double)? {
        totals.withUnsafeBufferPointer { totals in
            guard var lowest = totals.first else { return nil }
            var highest = lowest
            for total in totals {
                if total < lowest { lowest = total }
                if total > highest { highest = total }
            }
            return (lowest, highest)
        }
    }

    /// The counting sort of `prepare`, on the arrays' buffers: at national scale it runs 1,000
    /// times over 100,000 totals, and checked subscripts of the stored arrays (each write also
    /// asking whether the array is uniquely referenced) were half its time. Each total's bucket
    /// is counted as it is worked out.
    private mutating func layOut(_ totals: [Double], highest: Double, lowest: Double) {
        let count = totals.count
        let scale = Double(count) / (highest - lowest)
        if next.count != starts.count { next = [Int32](repeating: 0, count: starts.count) }
        starts.withUnsafeMutableBufferPointer { starts in
            for index in 0...count { starts[index] = 0 }
            totals.withUnsafeBufferPointer { totals in
                bucketOf.withUnsafeMutableBufferPointer { bucketOf in
                    for index in 0..<count {
                        let bucket = min(count - 1, Int((highest - totals[index]) * scale))
                        bucketOf[index] = Int32(bucket)
                        starts[bucket + 1] += 1
                    }
                }
            }
            for index in 1...count { starts[index] += starts[index - 1] }
            next.withUnsafeMutableBufferPointer { next in
                for index in starts.indices { next[index] = starts[index] }
                order.withUnsafeMutableBufferPointer { order in
                    for (index, bucket) in bucketOf.enumerated() {
                        let slot = Int(next[Int(bucket)])
                        order[slot] = Int32(index)
                        next[Int(bucket)] = Int32(slot + 1)
                    }
                }
            }
        }
    }

    /// The index of the total in place `slot` (0: the highest).
    mutating func row(at slot: Int) -> Int {
        while sortedBuckets < order.count, Int(starts[sortedBuckets]) <= slot {
            let range = Int(starts[sortedBuckets])..<Int(starts[sortedBuckets + 1])
            if range.count > 1 { sortBucket(range) }
            sortedBuckets += 1
        }
        return Int(order[slot])
    }

    private mutating func sortBucket(_ range: Range<Int>) {
        let totals = self.totals
        let before = { (a: Int32, b: Int32) -> Bool in
            let left = totals[Int(a)]
            let right = totals[Int(b)]
            return left > right || (left == right && a < b)
        }
        guard range.count <= 32 else {
            order[range].sort(by: before)
            return
        }
        for index in range.dropFirst() {
            let moving = order[index]
            var place = index
            while place > range.lowerBound, before(moving, order[place - 1]) {
                order[place] = order[place - 1]
                place -= 1
            }
            order[place] = moving
        }
    }
}
