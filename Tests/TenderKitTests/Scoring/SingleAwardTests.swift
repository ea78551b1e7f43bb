import Foundation
import Testing

@testable import TenderKit

extension ScoringTests {
    /// Step 10, `single`: the first in rank order (then id) is awarded its amount unless its total
    /// is below `minimumTotal`; a shared first rank with an award blocks as `tie`; the remaining
    /// budget is the budget minus the award, negative if need be.
    @Suite("Step 10: single award")
    struct SingleAwardTests {
        /// One quality criterion `q` (100): total = consensus / 5 × 100; the amount is the price.
        private func round(
            _ entries: [(id: String, score: Double, price: Double)], minimumTotal: Double? = nil
        ) -> RoundBuilder {
            var round = RoundBuilder([.quality("q", weight: 100)])
            round.amount = "submission.price"
            round.minimumTotal = minimumTotal
            for entry in entries {
                round.submit(entry.id, ["price": .json(entry.price.description)])
                round.score(entry.id, "q", [entry.score])
            }
            return round
        }

        @Test("the first-ranked submission is awarded its amount; the others are not-awarded")
        func winnerAwarded() throws {
            let decision = try round([("s1", 4, 40_000), ("s2", 3, 30_000), ("s3", 5, 75_000.5)])
                .evaluate()
            #expect(decision.statuses == ["s1": .notAwarded, "s2": .notAwarded, "s3": .awarded])
            #expect(decision.ranks == ["s1": 2, "s2": 3, "s3": 1])
            let s3 = try decision.result("s3")
            #expect(s3.awarded == Decimal(string: "75000.5"))
            #expect(try decision.result("s1").awarded == nil)
            #expect(try decision.result("s1").amount == 40_000)
            #expect(decision.remainingBudget == Decimal(string: "24999.5"))  // 100000 − 75000.50
            #expect(decision.status == .final)
        }

        @Test("the winner is not checked against the budget: the remaining budget can be negative")
        func negativeRemaining() throws {
            let decision = try round([("s1", 5, 120_000.01), ("s2", 1, 10)]).evaluate()
            #expect(try decision.result("s1").awarded == Decimal(string: "120000.01"))
            #expect(decision.remainingBudget == Decimal(string: "-20000.01"))  // 100000 − 120000.01
        }

        struct MinimumCase: CustomTestStringConvertible, Sendable {
            var minimumTotal: Double
            var awarded: Bool
            var testDescription: String { "top total 80, minimumTotal \(minimumTotal)" }
        }

        @Test(
            "a top total below minimumTotal: nothing is awarded",
            arguments: [
                MinimumCase(minimumTotal: 80.5, awarded: false),
                MinimumCase(minimumTotal: 80, awarded: true),  // 80 is not below 80
                MinimumCase(minimumTotal: 79.99, awarded: true),
            ])
        func minimumTotal(_ example: MinimumCase) throws {
            let decision = try round(
                [("s1", 4, 40_000), ("s2", 3, 30_000)], minimumTotal: example.minimumTotal
            ).evaluate()
            #expect(
                decision.statuses == [
                    "s1": example.awarded ? .awarded : .notAwarded, "s2": .notAwarded,
                ])
            #expect(decision.ranks == ["s1": 1, "s2": 2])
            #expect(decision.remainingBudget == (example.awarded ? 60_000 : 100_000))
            #expect(
                decision.submissions.allSatisfy { ($0.awarded != nil) == ($0.status == .awarded) })
        }

        /// 2/3 / 5 × 50 + 13/3 / 5 × 50 = 10/3 + 130/3 = 50 by hand; 49.99999999999999 in binary.
        @Test(
            "a total equal to minimumTotal by hand reaches it", arguments: ["single", "allocation"])
        func totalEqualByHand(_ mode: String) throws {
            var round = RoundBuilder([.quality("a", weight: 50), .quality("b", weight: 50)])
            round.mode = mode
            round.minimumTotal = 50
            round.submit("s1")
            round.score("s1", "a", [0, 0, 2])
            round.score("s1", "b", [3, 5, 5])
            let decision = try round.evaluate()
            ScoringTests.expectNear(try decision.result("s1").total, 50, "total")
            #expect(try decision.result("s1").status == .awarded)
            #expect(decision.remainingBudget == 99_000)
        }

        @Test("a shared first rank with an award blocks as a tie for each member")
        func sharedFirstRank() throws {
            let decision = try round([("s2", 4, 20_000), ("s1", 4, 30_000), ("s3", 3, 10_000)])
                .evaluate()
            // Within the shared rank the order is by id: s1 is awarded.
            #expect(decision.statuses == ["s1": .awarded, "s2": .notAwarded, "s3": .notAwarded])
            #expect(decision.ranks == ["s1": 1, "s2": 1, "s3": 3])
            #expect(decision.blockingSummary == ["tie s1 - -", "tie s2 - -"])
            #expect(decision.status == .provisional)
            #expect(decision.remainingBudget == 70_000)
        }

        @Test("a shared rank below the winner does not block")
        func sharedSecondRank() throws {
            let decision = try round([("s1", 5, 20_000), ("s2", 3, 30_000), ("s3", 3, 10_000)])
                .evaluate()
            #expect(decision.ranks == ["s1": 1, "s2": 2, "s3": 2])
            #expect(decision.blocking.isEmpty)
        }

        @Test("a shared first rank below minimumTotal awards nothing and does not block")
        func sharedFirstRankBelowMinimum() throws {
            let decision = try round([("s1", 2, 20_000), ("s2", 2, 30_000)], minimumTotal: 50)
                .evaluate()  // 40 < 50
            #expect(decision.statuses == ["s1": .notAwarded, "s2": .notAwarded])
            #expect(decision.blocking.isEmpty)
            #expect(decision.remainingBudget == 100_000)
        }
    }
}
