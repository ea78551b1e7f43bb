/// The ranking of a band of lines as t grows, kept as a kinetic sorted list for
/// `AllocationCrossings`: each pair of neighbours has a certificate, the time at which the lower
/// line overtakes the upper, so the next change of order is always the earliest certificate, and
/// a swap renews only the certificates of the three neighbouring pairs (O(log m) per event with
/// the events in a heap, and no sort).
///
/// Whether a swap or a crossing of `minimumTotal` changes the funded set is decided locally, from
/// the budget left before each slot (in pence), kept for every slot:
/// - two funded or two unfunded neighbours swapping change nothing (the same money leaves the pair);
/// - an unfunded line rising over a funded one meets the budget the funded one met: if its amount
///   fits there (and it reaches `minimumTotal`), the funded set changes, otherwise nothing does;
/// - a funded line falling below `minimumTotal` changes the set; an unfunded one rising above it
///   does when its amount fits the budget left at its slot (below every funded line: the leftover).
struct KineticRanking {
    private let crossings: AllocationCrossings
    private var order: [Int]
    private var slot: [Int]
    private var below: [Bool]
    private var remainingBefore: [Int64]
    private var version: [Int]
    private let start: Double

    init(order: [Int], crossings: AllocationCrossings, startingBudget: Int64, from start: Double) {
        self.crossings = crossings
        self.order = order
        self.start = start
        let count = crossings.pence.count
        slot = [Int](repeating: -1, count: count)
        below = [Bool](repeating: false, count: count)
        if let minimumTotal = crossings.minimumTotal {
            for position in crossings.order {
                below[position] = ScoreThreshold.isBelow(
                    crossings.lines.total(position, at: start), minimumTotal)
            }
        }
        remainingBefore = []
        remainingBefore.reserveCapacity(order.count + 1)
        var remaining = startingBudget
        for (index, position) in order.enumerated() {
            slot[position] = index
            remainingBefore.append(remaining)
            if crossings.funded[position] { remaining -= crossings.pence[position] }
        }
        remainingBefore.append(remaining)
        version = [Int](repeating: 0, count: order.count)
    }

    /// Every neighbouring pair's swap up to `end`, for the queue to start with.
    func swapEvents(until end: Double) -> [CrossingQueue.Event] {
        (0..<max(0, order.count - 1)).compactMap { upper in
            guard let time = certificate(upper, now: start), time <= end else { return nil }
            return .init(time: time, kind: .swap, index: upper, stamp: 0)
        }
    }

    /// Whether `event` is still the certificate of its pair (no swap next to it since).
    func isCurrent(_ event: CrossingQueue.Event) -> Bool {
        event.index + 1 < order.count && version[event.index] == event.stamp
    }

    /// The renewed certificates of the pairs around a swap at slot `upper`, up to `end`.
    mutating func renewedEvents(around upper: Int, at now: Double, until end: Double)
        -> [CrossingQueue.Event]
    {
        var events: [CrossingQueue.Event] = []
        for neighbour in [upper - 1, upper, upper + 1]
        where neighbour >= 0 && neighbour + 1 < order.count {
            version[neighbour] += 1
            if let time = certificate(neighbour, now: now), time <= end {
                events.append(
                    .init(time: time, kind: .swap, index: neighbour, stamp: version[neighbour]))
            }
        }
        return events
    }

    /// When the line in slot `upper + 1` overtakes the one in slot `upper`, if it does.
    private func certificate(_ upper: Int, now: Double) -> Double? {
        crossings.lines.overtaking(order[upper + 1], passes: order[upper], after: now)
    }

    /// Applies the swap of slots `upper` and `upper + 1`; true when it changes the funded set.
    mutating func swapChanges(_ upper: Int) -> Bool {
        let above = order[upper]
        let rising = order[upper + 1]
        let funded = crossings.funded
        if funded[above], !funded[rising], !below[rising],
            crossings.pence[rising] <= remainingBefore[upper]
        {
            return true
        }
        order[upper] = rising
        order[upper + 1] = above
        slot[rising] = upper
        slot[above] = upper + 1
        remainingBefore[upper + 1] =
            remainingBefore[upper] - (funded[rising] ? crossings.pence[rising] : 0)
        return false
    }

    /// Applies a crossing of `minimumTotal` by `position`; true when it changes the funded set.
    mutating func thresholdChanges(_ position: Int) -> Bool {
        let falling = crossings.lines.slope[position] < 0
        guard falling != below[position] else { return false }
        below[position] = falling
        if crossings.funded[position] { return falling }
        guard !falling else { return false }
        let room = slot[position] >= 0 ? remainingBefore[slot[position]] : crossings.leftover
        return crossings.pence[position] <= room
    }
}
