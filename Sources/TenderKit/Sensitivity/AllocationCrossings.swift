/// The first transfer at which the funded set changes, in `allocation` mode, over a stretch of
/// transfers in which the scored submissions (and so every quantitative scale) stay the same.
///
/// There, every total is a line in the transferred weight t: T(t) = a + b·t, with b the
/// submission's fraction on the receiving criterion minus its fraction on the giving one. The
/// funded set F can only change where a line crosses `minimumTotal`, or where an unfunded line
/// overtakes a funded one: greedy allocation in rank order gives F again exactly when every
/// unfunded submission does not fit in what F's members ranked above it leave (a funded member
/// always fits, whatever the order, because all of F fits in the budget). Two funded lines, or two
/// unfunded ones, changing places change nothing.
///
/// So the crossings are found, not re-allocated at: `KineticRanking` keeps the order of the lines
/// that matter as a kinetic sorted list and decides each swap from the budget left above it. Which
/// lines matter depends on how far t goes, so the stretch is swept in windows that double in
/// length (the first 1/256 of it, then the next 2/256, …), and the sweep stops at the first change,
/// which in a close round comes in the first window. In a window, a funded line that stays above
/// every unfunded line throughout (its lowest point above their highest), or an unfunded line that
/// stays below every funded line, never meets a line that could change F: both are left out of the
/// ranking, the first only taking its amount from the budget. What is left, the band around the
/// funding line, is usually a small part of the submissions, so a window costs O(n) to find its
/// band plus O((m + k) log m) for a band of m lines and k swaps in it: never a re-allocation per
/// crossing, and no step quadratic in the submissions.
struct AllocationCrossings {
    let lines: CrossingLines
    let pence: [Int64]
    let budget: Int64
    let minimumTotal: Double?
    /// The ranking at the stretch's start (positions, with the evaluation's tie order).
    let order: [Int]
    let funded: [Bool]
    /// The budget left when every funded submission has its amount: what an unfunded submission
    /// ranked below all of them meets.
    let leftover: Int64

    init(
        lines: CrossingLines, order: [Int], awarded: [Int], pence: [Int64], budget: Int64,
        minimumTotal: Double?
    ) {
        self.lines = lines
        self.pence = pence
        self.budget = budget
        self.minimumTotal = minimumTotal
        self.order = order
        var funded = [Bool](repeating: false, count: pence.count)
        var spent: Int64 = 0
        for position in awarded {
            funded[position] = true
            spent += pence[position]
        }
        self.funded = funded
        leftover = budget - spent
    }

    /// The earliest t in [start, end] at which the funded set changes, or nil.
    func firstChange(from start: Double, to end: Double) -> Double? {
        var windowStart = start
        var length = (end - start) / 256
        var isFirst = true
        while true {
            let windowEnd = length > 0 ? min(end, windowStart + length) : end
            if let time = firstChange(in: windowStart, windowEnd, keepingOrder: isFirst) {
                return time
            }
            guard windowEnd < end else { return nil }
            windowStart = windowEnd
            length *= 2
            isFirst = false
        }
    }

    /// The first change in the window [from, to]. The first window takes the lines in the order
    /// the stretch starts with (the evaluation's, ties included); a later one sorts its band by
    /// the totals at its start, equal totals in that same order.
    private func firstChange(in from: Double, _ to: Double, keepingOrder: Bool) -> Double? {
        let band = Band(self, from: from, to: to)
        var ranking = KineticRanking(
            order: keepingOrder ? order.filter(band.contains) : band.sorted(at: from),
            crossings: self, startingBudget: budget - band.fundedAboveSpend, from: from)
        var queue = CrossingQueue(ranking.swapEvents(until: to) + thresholdEvents(from, to))
        while let event = queue.pop() {
            switch event.kind {
            case .threshold:
                if ranking.thresholdChanges(event.index) { return event.time }
            case .swap:
                guard ranking.isCurrent(event) else { continue }
                if ranking.swapChanges(event.index) { return event.time }
                for renewed in ranking.renewedEvents(around: event.index, at: event.time, until: to)
                {
                    queue.push(renewed)
                }
            }
        }
        return nil
    }

    private func thresholdEvents(_ from: Double, _ to: Double) -> [CrossingQueue.Event] {
        guard let minimumTotal else { return [] }
        return order.compactMap { position in
            guard let time = lines.crossing(position, level: minimumTotal, after: from),
                time <= to
            else { return nil }
            return .init(time: time, kind: .threshold, index: position, stamp: 0)
        }
    }

    /// The lines that can meet a line of the other kind in a window: every line but the funded
    /// ones that stay above all unfunded lines and the unfunded ones that stay below all funded.
    struct Band {
        private let member: [Bool]
        private let lines: CrossingLines
        private let startSlot: [Int]
        /// The pence of the funded lines left out above the band.
        let fundedAboveSpend: Int64

        init(_ crossings: AllocationCrossings, from: Double, to: Double) {
            let lines = crossings.lines
            self.lines = lines
            let low = { (position: Int) in
                min(lines.total(position, at: from), lines.total(position, at: to))
            }
            let high = { (position: Int) in
                max(lines.total(position, at: from), lines.total(position, at: to))
            }
            var lowestFunded = Double.infinity
            var highestUnfunded = -Double.infinity
            for position in crossings.order {
                if crossings.funded[position] {
                    lowestFunded = min(lowestFunded, low(position))
                } else {
                    highestUnfunded = max(highestUnfunded, high(position))
                }
            }
            var member = [Bool](repeating: false, count: crossings.pence.count)
            var spend: Int64 = 0
            var slots = [Int](repeating: 0, count: crossings.pence.count)
            for (slot, position) in crossings.order.enumerated() {
                slots[position] = slot
                if crossings.funded[position] {
                    if low(position) > highestUnfunded {
                        spend += crossings.pence[position]
                        continue
                    }
                } else if high(position) < lowestFunded {
                    continue
                }
                member[position] = true
            }
            self.member = member
            startSlot = slots
            fundedAboveSpend = spend
        }

        func contains(_ position: Int) -> Bool { member[position] }

        /// The band's lines by total at `t`, highest first; equal totals in the starting order.
        func sorted(at t: Double) -> [Int] {
            member.indices.filter { member[$0] }.sorted { left, right in
                let a = lines.total(left, at: t)
                let b = lines.total(right, at: t)
                return a > b || (a == b && startSlot[left] < startSlot[right])
            }
        }
    }
}
