import Foundation

/// Step 10 of the scoring model: who is awarded what.
///
/// Submissions are taken in rank order, and within a shared rank by submission id.
/// - `single`: the first is awarded its amount, unless its total is below `award.minimumTotal`
///   (then nothing is awarded); every other ranked submission is not awarded. If two or more
///   share rank 1 and one of them is awarded, each of them is a blocking tie.
/// - `allocation`: the budget is spent down the list. A submission below `minimumTotal` is not
///   funded; one whose amount fits in what remains is awarded it; otherwise it is not funded and
///   the next is tried. Every member of a rank shared by an awarded and a not-funded submission is a
///   blocking tie. Money is exact to the penny.
struct AwardAllocator {
    struct Entry {
        var position: Int
        var id: String
        var rank: Int
        var total: Double
        var amount: Decimal
    }

    struct Outcome {
        var status: SubmissionResult.Status
        var awarded: Decimal?
        var reason: SubmissionReason.AwardReason
    }

    private(set) var outcomes: [Int: Outcome] = [:]
    private(set) var tiedPositions: [Int] = []
    private(set) var remaining: Decimal

    init(entries: [Entry], award: Rubric.Award, budget: Money) {
        remaining = budget.amount
        outcomes.reserveCapacity(entries.count)
        let ordered = entries.sorted {
            SubmissionResult.isOrderedBefore(($0.rank, $0.id), ($1.rank, $1.id))
        }
        switch award.mode {
        case .single: allocateSingle(ordered, minimumTotal: award.minimumTotal)
        case .allocation: allocateBudget(ordered, minimumTotal: award.minimumTotal)
        }
    }

    private mutating func allocateSingle(_ ordered: [Entry], minimumTotal: Double?) {
        guard let first = ordered.first else { return }
        let winnerQualifies = minimumTotal.map { !ScoreThreshold.isBelow(first.total, $0) } ?? true
        for entry in ordered {
            if entry.position == first.position, winnerQualifies {
                remaining -= entry.amount
                outcomes[entry.position] = Outcome(
                    status: .awarded, awarded: entry.amount,
                    reason: .awardedFirst(amount: entry.amount))
            } else if !winnerQualifies {
                outcomes[entry.position] = Outcome(
                    status: .notAwarded, awarded: nil,
                    reason: .noneReachedMinimum(minimumTotal: minimumTotal ?? 0))
            } else {
                outcomes[entry.position] = Outcome(
                    status: .notAwarded, awarded: nil,
                    reason: .outranked(winnerTotal: first.total))
            }
        }
        let topRank = ordered.filter { $0.rank == first.rank }
        if winnerQualifies, topRank.count > 1 { tiedPositions = topRank.map(\.position) }
    }

    private mutating func allocateBudget(_ ordered: [Entry], minimumTotal: Double?) {
        for entry in ordered {
            if let minimumTotal, ScoreThreshold.isBelow(entry.total, minimumTotal) {
                outcomes[entry.position] = Outcome(
                    status: .notFunded, awarded: nil,
                    reason: .belowMinimum(minimumTotal: minimumTotal))
            } else if entry.amount <= remaining {
                remaining -= entry.amount
                outcomes[entry.position] = Outcome(
                    status: .awarded, awarded: entry.amount,
                    reason: .funded(amount: entry.amount, remaining: remaining))
            } else {
                outcomes[entry.position] = Outcome(
                    status: .notFunded, awarded: nil,
                    reason: .doesNotFit(amount: entry.amount, remaining: remaining))
            }
        }
        // `ordered` is sorted by rank, so each shared rank is one run of entries.
        var start = 0
        while start < ordered.count {
            var end = start + 1
            while end < ordered.count, ordered[end].rank == ordered[start].rank { end += 1 }
            if end - start > 1 {
                let statuses = Set(
                    ordered[start..<end].compactMap { outcomes[$0.position]?.status })
                if statuses.contains(.awarded), statuses.contains(.notFunded) {
                    tiedPositions += ordered[start..<end].map(\.position)
                }
            }
            start = end
        }
    }
}
