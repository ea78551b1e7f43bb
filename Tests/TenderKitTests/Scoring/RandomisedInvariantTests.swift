import Foundation
import Testing

@testable import TenderKit

extension ScoringTests {
    /// A few hundred seeded random rounds, each checked against what must always hold, whatever the
    /// numbers: totals within 0 to 100, competition ranks consistent with totals, statuses
    /// consistent with rank, total, amount and award, the budget spent exactly.
    @Suite("Randomised invariants")
    struct RandomisedInvariantTests {
        static let seed: UInt64 = 20_241_125
        static let roundCount = 300

        @Test("invariants hold for 300 random rounds")
        func invariants() throws {
            var random = SeededGenerator(seed: Self.seed)
            for number in 0..<Self.roundCount {
                let round = RandomRounds.make(&random)
                let decision = try round.evaluate()
                let problems = Self.problems(decision, round)
                #expect(problems.isEmpty, "round \(number): \(problems.joined(separator: "; "))")
                if !problems.isEmpty { return }
            }
        }

        static func problems(_ decision: Decision, _ round: RoundBuilder) -> [String] {
            var problems: [String] = []
            for result in decision.submissions {
                problems += statusProblems(result, round).map { "\(result.id): \($0)" }
            }
            problems += rankProblems(decision)
            problems += budgetProblems(decision, round)
            if (decision.status == .final) != decision.blocking.isEmpty {
                problems.append(
                    "status \(decision.status) with \(decision.blocking.count) blocking")
            }
            if decision.blocking != decision.blocking.sorted() {
                problems.append("blocking items not sorted")
            }
            let ineligible = Set(decision.submissions.filter { $0.status == .ineligible }.map(\.id))
            if decision.blocking.contains(where: { ineligible.contains($0.submission) }) {
                problems.append("an ineligible submission blocks")
            }
            return problems
        }

        private static let ranked: Set<SubmissionResult.Status> = [
            .awarded, .notAwarded, .notFunded,
        ]

        private static func statusProblems(_ result: SubmissionResult, _ round: RoundBuilder)
            -> [String]
        {
            var problems: [String] = []
            if let total = result.total, total < -tolerance || total > 100 + tolerance {
                problems.append("total \(total)")
            }
            if (result.rank != nil) != ranked.contains(result.status) {
                problems.append("rank \(String(describing: result.rank)) with \(result.status)")
            }
            if (result.total != nil) != ranked.contains(result.status) {
                problems.append("total with \(result.status)")
            }
            if (result.awarded != nil) != (result.status == .awarded) {
                problems.append("awarded with \(result.status)")
            }
            if let awarded = result.awarded, awarded != result.amount {
                problems.append("awarded \(awarded) ≠ amount")
            }
            if (result.amount == nil) != (result.status == .ineligible) {
                problems.append("amount with \(result.status)")
            }
            if let amount = result.amount, amount <= 0 || amount != amount.rounded(places: 2) {
                problems.append("amount \(amount)")
            }
            let hasQuality = round.criteria.contains {
                if case .quality = $0 { true } else { false }
            }
            if (result.qualityPercent != nil) != (hasQuality && result.status != .ineligible) {
                problems.append("qualityPercent with \(result.status)")
            }
            if let percent = result.qualityPercent,
                percent < -tolerance || percent > 100 + tolerance
            {
                problems.append("quality \(percent)")
            }
            if let percent = result.qualityPercent, let minimum = round.minimumQuality,
                ranked.contains(result.status), percent < minimum - tolerance
            {
                problems.append("ranked with quality \(percent) < \(minimum)")
            }
            let quantitativePoints = result.criteria.filter { $0.kind == .quantitative }.map(
                \.points)
            if !ranked.contains(result.status), quantitativePoints.contains(where: { $0 != nil }) {
                problems.append("quantitative points when \(result.status)")
            }
            if let total = result.total {
                let sum = result.criteria.reduce(0) { $0 + ($1.points ?? 0) }
                if abs(sum - total) > tolerance {
                    problems.append("total \(total) ≠ sum of points \(sum)")
                }
            }
            return problems
        }

        /// Competition ranks: a rank is 1 + the number ranked strictly ahead; a higher total (beyond
        /// 1e-9) never ranks lower; a shared rank means tied totals and the tie flag.
        private static func rankProblems(_ decision: Decision) -> [String] {
            let ranked = decision.submissions.filter { $0.rank != nil }
            var problems: [String] = []
            for result in ranked {
                let rank = result.rank ?? 0
                let total = result.total ?? 0
                let ahead = ranked.filter { ($0.rank ?? 0) < rank }.count
                if rank != ahead + 1 {
                    problems.append("\(result.id) rank \(rank) with \(ahead) ahead")
                }
                let sharing = ranked.filter { $0.id != result.id && $0.rank == rank }
                if sharing.contains(where: { abs(($0.total ?? 0) - total) > tolerance }) {
                    problems.append("\(result.id) shares rank \(rank) with another total")
                }
                if sharing.isEmpty == result.flags.contains(where: { $0.kind == .tie }) {
                    problems.append("\(result.id) tie flag")
                }
                for other in ranked
                where total > (other.total ?? 0) + tolerance && rank >= (other.rank ?? 0) {
                    problems.append(
                        "\(result.id) (\(total)) not ahead of \(other.id) (\(other.total ?? 0))")
                }
            }
            return problems
        }

        /// The budget: remaining = budget − Σ awarded exactly; allocation never overspends and
        /// follows the greedy rule; single awards at most the first in rank order.
        private static func budgetProblems(_ decision: Decision, _ round: RoundBuilder) -> [String]
        {
            var problems: [String] = []
            let awarded = decision.submissions.compactMap(\.awarded).reduce(Decimal(0), +)
            if decision.remainingBudget != round.budget - awarded {
                problems.append(
                    "remaining \(decision.remainingBudget) ≠ \(round.budget) − \(awarded)")
            }
            let order = decision.submissions.filter { $0.rank != nil }.sorted {
                ($0.rank ?? 0, $0.id) < ($1.rank ?? 0, $1.id)
            }
            if round.mode == "allocation" {
                if awarded > round.budget {
                    problems.append("awarded \(awarded) > budget \(round.budget)")
                }
                var remaining = round.budget
                for result in order {
                    let qualifies =
                        round.minimumTotal.map { (result.total ?? 0) >= $0 - tolerance } ?? true
                    let fits = qualifies && (result.amount ?? 0) <= remaining
                    if fits { remaining -= result.amount ?? 0 }
                    if (result.status == .awarded) != fits {
                        problems.append("\(result.id) \(result.status) against the greedy rule")
                    }
                }
            } else {
                let winners = decision.submissions.filter { $0.status == .awarded }
                if winners.count > 1 || winners.contains(where: { $0.id != order.first?.id }) {
                    problems.append("single award to \(winners.map(\.id))")
                }
                if decision.submissions.contains(where: { $0.status == .notFunded }) {
                    problems.append("not-funded in single mode")
                }
            }
            return problems
        }
    }
}
