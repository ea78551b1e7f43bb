import Foundation
import Testing

@testable import TenderKit

extension ScoringTests {
    /// Step 10, `allocation`: the budget is spent in rank order (then id); an award that does not
    /// fit is skipped and the next tried; below `minimumTotal` is not funded; a shared rank with
    /// both awarded and not-funded members blocks as `tie`; money is exact to the penny.
    @Suite("Step 10: allocation")
    struct AllocationTests {
        /// One quality criterion `q` (100): total = score / 5 × 100; the amount is `amountRequested`.
        private func round(
            _ entries: [(id: String, score: Double, requested: Double)], budget: Decimal = 100_000
        ) -> RoundBuilder {
            var round = RoundBuilder([.quality("q", weight: 100)])
            round.mode = "allocation"
            round.amount = "submission.amountRequested"
            round.budget = budget
            for entry in entries {
                round.submit(entry.id, ["amountRequested": .json(entry.requested.description)])
                round.score(entry.id, "q", [entry.score])
            }
            return round
        }

        private func money(_ text: String) -> Decimal? { Decimal(string: text) }

        @Test("an award that does not fit is skipped and a cheaper one below it is funded")
        func skipAndFundCheaper() throws {
            let decision = try round([
                ("s1", 5, 60_000), ("s2", 4.5, 50_000), ("s3", 4, 30_000), ("s4", 3.5, 10_000.01),
            ]).evaluate()
            // 100000 − 60000 = 40000; 50000 does not fit; 40000 − 30000 = 10000; 10000.01 does not fit.
            #expect(
                decision.statuses == [
                    "s1": .awarded, "s2": .notFunded, "s3": .awarded, "s4": .notFunded,
                ])
            #expect(decision.ranks == ["s1": 1, "s2": 2, "s3": 3, "s4": 4])
            #expect(decision.remainingBudget == 10_000)
            #expect(try decision.result("s2").awarded == nil)
            guard case .award(.doesNotFit, rank: 2, _)? = try decision.result("s2").reasons.first
            else {
                Issue.record("s2's reason is not that its amount does not fit")
                return
            }
            #expect(decision.status == .final)
        }

        @Test("a total below minimumTotal is not funded, even when the amount fits")
        func belowMinimumTotal() throws {
            var round = round([("s1", 4, 10_000), ("s2", 2.5, 1), ("s3", 2, 5_000)])
            round.minimumTotal = 50  // s1 80, s2 50 (not below), s3 40
            let decision = try round.evaluate()
            #expect(decision.statuses == ["s1": .awarded, "s2": .awarded, "s3": .notFunded])
            #expect(decision.remainingBudget == 89_999)  // 100000 − 10000 − 1
        }

        struct TieCase: CustomTestStringConvertible, Sendable {
            var requested: [Double]
            var statuses: [SubmissionResult.Status]
            var blocks: Bool
            var testDescription: String { "tied requests \(requested)" }
        }

        /// s1, s2 and s3 share rank 1 (score 4); budget 100000; taken in id order.
        @Test(
            "a shared rank holding awarded and not-funded members blocks for every member",
            arguments: [
                TieCase(
                    requested: [30_000, 30_000, 30_000], statuses: [.awarded, .awarded, .awarded],
                    blocks: false),
                TieCase(
                    requested: [60_000, 50_000, 30_000],
                    statuses: [.awarded, .notFunded, .awarded], blocks: true),
                TieCase(
                    requested: [60_000, 30_000, 20_000],
                    statuses: [.awarded, .awarded, .notFunded], blocks: true),
                TieCase(
                    requested: [100_001, 100_002, 100_003],
                    statuses: [.notFunded, .notFunded, .notFunded], blocks: false),
            ])
        func sharedRank(_ example: TieCase) throws {
            let ids = ["s1", "s2", "s3"]
            let decision = try round(zip(ids, example.requested).map { ($0, 4, $1) }).evaluate()
            #expect(decision.ranks == ["s1": 1, "s2": 1, "s3": 1])
            #expect(try ids.map { try decision.result($0).status } == example.statuses)
            #expect(
                decision.blockingSummary
                    == (example.blocks ? ["tie s1 - -", "tie s2 - -", "tie s3 - -"] : []))
        }

        @Test("a shared rank below the top blocks too when it splits")
        func sharedLowerRank() throws {
            let decision = try round([("s1", 5, 50_000), ("s2", 3, 40_000), ("s3", 3, 20_000)])
                .evaluate()
            // 100000 − 50000 = 50000; s2 40000 fits, leaving 10000; s3 20000 does not.
            #expect(decision.statuses == ["s1": .awarded, "s2": .awarded, "s3": .notFunded])
            #expect(decision.blockingSummary == ["tie s2 - -", "tie s3 - -"])
        }

        @Test(
            "exact pence: halves rounded away from zero, and an amount equal to what remains fits")
        func exactPence() throws {
            let decision = try round([
                ("s1", 5, 33_333.335), ("s2", 4.5, 33_333.335), ("s3", 4, 33_333.335),
                ("s4", 3.5, 33_333.32),
            ]).evaluate()
            // Each 33333.335 → 33333.34. 100000.00 − 33333.34 − 33333.34 = 33333.32; s3's 33333.34
            // does not fit; s4's 33333.32 fits exactly, leaving 0.00.
            #expect(try decision.result("s1").amount == money("33333.34"))
            #expect(
                decision.statuses == [
                    "s1": .awarded, "s2": .awarded, "s3": .notFunded, "s4": .awarded,
                ])
            #expect(decision.remainingBudget == 0)
        }

        @Test("exact pence: a budget less several pence-precise awards leaves an exact remainder")
        func exactRemainder() throws {
            let loaded = try round(
                [
                    ("s1", 5, 12_345.675), ("s2", 4.5, 0.105), ("s3", 4, 10_000.1),
                    ("s4", 3.5, 20_000.2), ("s5", 3, 0.1),
                ], budget: money("100000.00") ?? 0
            ).load()
            let decision = RoundEvaluator.evaluate(loaded.scoringInput)
            // 12345.675 → 12345.68; 0.105 → 0.11. 100000 − 12345.68 − 0.11 − 10000.10 − 20000.20 − 0.10
            // = 57653.81
            #expect(try decision.result("s1").awarded == money("12345.68"))
            #expect(try decision.result("s2").awarded == money("0.11"))
            #expect(decision.remainingBudget == money("57653.81"))
            let awarded = decision.submissions.compactMap(\.awarded).reduce(Decimal(0), +)
            #expect(decision.remainingBudget == 100_000 - awarded)
            // decision.json carries the money exactly, unrounded and never through a double.
            let record = String(
                decoding: DecisionRecordWriter(decision: decision, round: loaded).write(),
                as: UTF8.self)
            #expect(record.contains("\"remainingBudget\": 57653.81"))
            #expect(record.contains("\"awarded\": 12345.68"))
        }

        @Test("an amount computed by the rule is rounded to the penny before it is spent")
        func computedAmount() throws {
            var round = round([
                ("s1", 5, 100_000), ("s2", 4, 100_000), ("s3", 3, 100_000), ("s4", 2, 2),
            ])
            round.amount = "submission.amountRequested / 3"  // 33333.333… → 33333.33; 2/3 → 0.67
            let decision = try round.evaluate()
            #expect(try decision.result("s1").amount == money("33333.33"))
            #expect(try decision.result("s4").amount == money("0.67"))
            // 100000 − 3 × 33333.33 = 0.01; 0.67 does not fit.
            #expect(
                decision.statuses == [
                    "s1": .awarded, "s2": .awarded, "s3": .awarded, "s4": .notFunded,
                ])
            #expect(decision.remainingBudget == money("0.01"))
        }
    }
}
