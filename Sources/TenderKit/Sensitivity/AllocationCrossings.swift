import Foundation

/// The first transfer at which the funded set changes, in `allocation` mode, over a stretch of
/// transfers in which the scored submissions (and so every quantitative scale) stay the same.
///
/// There, every total is a line in the transferred weight t: T(t) = a + b·t, with b the
/// submission's fraction on the receiving criterion minus its fraction on the giving one. The
/// funded set can only change where the order of two lines changes, or where a line crosses
/// `minimumTotal`. Rather than re-running the allocation at each such point, the sweep keeps the
/// ranking as a kinetic sorted list: each pair of neighbours has the time at which the lower one
/// overtakes the upper, in a heap, so the next change of order is always the heap's minimum and a
/// swap only renews the certificates of the three neighbouring pairs (O(log n) per event, and the
/// sweep starts from the ranking the evaluation already made, so there is no sort).
///
/// Whether a swap changes the funded set is decided locally, from the budget remaining before the
/// upper slot, kept for every slot. With the funded set F fixed, greedy allocation in rank order
/// gives F again exactly when every unfunded submission q (not below `minimumTotal`) does not fit
/// in what F's members ranked above it leave: a funded member always fits, whatever the order,
/// because all of F fits in the budget. So when two neighbours swap:
/// - both funded or both unfunded: nothing changes (the same money leaves the same pair);
/// - unfunded over funded: the funded one still fits above, the unfunded one still does not;
/// - funded over unfunded: the unfunded one now meets the budget the funded one met; if its amount
///   fits in it (and it reaches `minimumTotal`), the funded set changes here, otherwise nothing.
/// A line falling below `minimumTotal` changes the set when it was funded; one rising above it,
/// when its amount fits the budget remaining at its slot. Each event is O(1) apart from the heap,
/// and the sweep stops at the first change, so the margin costs O((n + k) log n) for k swaps
/// before it, never a re-allocation per crossing.
struct AllocationCrossings {
    let lines: CrossingLines
    let amounts: [Decimal]
    let minimumTotal: Double?
    private(set) var order: [Int]
    private var slot: [Int]
    private var funded: [Bool]
    private var below: [Bool]
    private var remainingBefore: [Decimal]
    private var version: [Int]

    init(
        lines: CrossingLines, order: [Int], awarded: [Int], amounts: [Decimal], budget: Decimal,
        minimumTotal: Double?, at start: Double, remainingBefore known: [Decimal]? = nil
    ) {
        self.lines = lines
        self.amounts = amounts
        self.minimumTotal = minimumTotal
        self.order = order
        slot = [Int](repeating: -1, count: amounts.count)
        funded = [Bool](repeating: false, count: amounts.count)
        below = [Bool](repeating: false, count: amounts.count)
        for position in awarded { funded[position] = true }
        remainingBefore = []
        remainingBefore.reserveCapacity(order.count + 1)
        var remaining = budget
        for (index, position) in order.enumerated() {
            slot[position] = index
            if known == nil {
                remainingBefore.append(remaining)
                if funded[position] { remaining -= amounts[position] }
            }
            if let minimumTotal {
                below[position] = ScoreThreshold.isBelow(
                    lines.total(position, at: start), minimumTotal)
            }
        }
        if let known { remainingBefore = known } else { remainingBefore.append(remaining) }
        version = [Int](repeating: 0, count: order.count)
    }

    /// The earliest t in [start, end] at which the funded set changes, or nil.
    mutating func firstChange(from start: Double, to end: Double) -> Double? {
        var queue = CrossingQueue(initialEvents(from: start, to: end))
        while let event = queue.pop() {
            guard event.time <= end else { return nil }
            switch event.kind {
            case .threshold:
                if thresholdChanges(event.index) { return event.time }
            case .swap:
                let upper = event.index
                guard upper + 1 < order.count, version[upper] == event.stamp else { continue }
                if swapChanges(upper) { return event.time }
                for neighbour in [upper - 1, upper, upper + 1]
                where neighbour >= 0 && neighbour + 1 < order.count {
                    version[neighbour] += 1
                    if let time = certificate(neighbour, now: event.time), time <= end {
                        queue.push(
                            .init(
                                time: time, kind: .swap, index: neighbour, stamp: version[neighbour]
                            ))
                    }
                }
            }
        }
        return nil
    }

    private func initialEvents(from start: Double, to end: Double) -> [CrossingQueue.Event] {
        var events: [CrossingQueue.Event] = []
        for upper in 0..<max(0, order.count - 1) {
            if let time = certificate(upper, now: start), time <= end {
                events.append(.init(time: time, kind: .swap, index: upper, stamp: 0))
            }
        }
        if let minimumTotal {
            for position in order {
                if let time = lines.crossing(position, level: minimumTotal, after: start),
                    time <= end
                {
                    events.append(.init(time: time, kind: .threshold, index: position, stamp: 0))
                }
            }
        }
        return events
    }

    /// When the submission in slot `upper + 1` overtakes the one in slot `upper`, if it does.
    private func certificate(_ upper: Int, now: Double) -> Double? {
        lines.overtaking(order[upper + 1], passes: order[upper], after: now)
    }

    /// Applies the swap of slots `upper` and `upper + 1`; true when it changes the funded set.
    private mutating func swapChanges(_ upper: Int) -> Bool {
        let above = order[upper]
        let rising = order[upper + 1]
        if funded[above], !funded[rising], !below[rising],
            amounts[rising] <= remainingBefore[upper]
        {
            return true
        }
        order[upper] = rising
        order[upper + 1] = above
        slot[rising] = upper
        slot[above] = upper + 1
        remainingBefore[upper + 1] =
            remainingBefore[upper] - (funded[rising] ? amounts[rising] : 0)
        return false
    }

    /// Applies a crossing of `minimumTotal`; true when it changes the funded set.
    private mutating func thresholdChanges(_ position: Int) -> Bool {
        let falling = lines.slope[position] < 0
        guard falling != below[position] else { return false }
        below[position] = falling
        if falling { return funded[position] }
        return !funded[position] && amounts[position] <= remainingBefore[slot[position]]
    }
}
