import Foundation
import Testing

@testable import TenderKit

extension ScoringTests {
    /// Step 6: a value below (1 − f) × the mean of the *other* pool members' values is flagged; the
    /// clarification decides (`rejected` out, `accepted` kept, none blocking and kept meanwhile).
    @Suite("Step 6: abnormally low values")
    struct AbnormallyLowTests {
        /// Quality `q` (50) and price by ratio-to-best (50) with belowMeanBy 0.2; every quality
        /// score is 3 (30 points); prices as given.
        private func round(_ prices: [Double]) -> RoundBuilder {
            var round = RoundBuilder([
                .quality("q", weight: 50),
                .quantitative(
                    "price", weight: 50, value: "submission.price", better: "lower",
                    method: "ratio-to-best", belowMeanBy: 0.2),
            ])
            for (index, price) in prices.enumerated() {
                round.submit("s\(index + 1)", ["price": .json(price.description)])
                round.score("s\(index + 1)", "q", [3, 3, 3])
            }
            return round
        }

        private func flagged(_ decision: Decision) -> [String] {
            decision.submissions.filter { $0.flags.contains { $0.kind == .abnormallyLow } }.map(
                \.id)
        }

        struct OutcomeCase: CustomTestStringConvertible, Sendable {
            var clarification: String?
            var totals: [String: Double]
            var blocking: [String]
            var testDescription: String { "clarification \(clarification ?? "none")" }
        }

        /// Prices 60, 100, 105, 110. s1: the others' mean (100 + 105 + 110) / 3 = 105, threshold
        /// 0.8 × 105 = 84 > 60: flagged. s2: 0.8 × 275/3 = 73.3; s3: 0.8 × 90 = 72; s4: 0.8 × 265/3 =
        /// 70.7: none of them flagged.
        @Test(
            "each clarification outcome",
            arguments: [
                // Kept: best 60. s1 30 + 50 = 80; s2 30 + 60/100 × 50 = 60; s3 30 + 60/105 × 50; s4 30 + 60/110 × 50
                OutcomeCase(
                    clarification: "accepted",
                    totals: ["s1": 80, "s2": 60, "s3": 30 + 3000.0 / 105, "s4": 30 + 3000.0 / 110],
                    blocking: []),
                // Out of the pool: best 100. s2 30 + 50 = 80; s3 30 + 100/105 × 50; s4 30 + 100/110 × 50
                OutcomeCase(
                    clarification: "rejected",
                    totals: ["s2": 80, "s3": 30 + 5000.0 / 105, "s4": 30 + 5000.0 / 110],
                    blocking: []),
                // Awaiting: blocking, and kept in the pool meanwhile (the same numbers as accepted).
                OutcomeCase(
                    clarification: nil,
                    totals: ["s1": 80, "s2": 60, "s3": 30 + 3000.0 / 105, "s4": 30 + 3000.0 / 110],
                    blocking: ["abnormally-low s1 price -"]),
            ])
        func clarificationOutcomes(_ example: OutcomeCase) throws {
            var round = round([60, 100, 105, 110])
            if let outcome = example.clarification { round.clarify("s1", "price", outcome) }
            let decision = try round.evaluate()
            #expect(flagged(decision) == ["s1"])
            #expect(decision.blockingSummary == example.blocking)
            #expect(decision.status == (example.blocking.isEmpty ? .final : .provisional))
            for (id, total) in example.totals {
                ScoringTests.expectNear(try decision.result(id).total, total, id)
            }
            let s1 = try decision.result("s1")
            if example.clarification == "rejected" {
                #expect(s1.status == .rejected)
                #expect(s1.total == nil && s1.rank == nil && s1.awarded == nil)
                #expect(try s1.criterion("price").points == nil)
                #expect(s1.amount == 1000)
                ScoringTests.expectNear(s1.qualityPercent, 60, "s1 quality %")
                #expect(decision.ranks == ["s1": nil, "s2": 1, "s3": 2, "s4": 3])
            } else {
                #expect(s1.status == .awarded)
                #expect(decision.ranks == ["s1": 1, "s2": 2, "s3": 3, "s4": 4])
            }
        }

        @Test("the mean is over the other submissions, and a value at the threshold is not flagged")
        func meanOfTheOthers() throws {
            // 79 < 0.8 × (100 + 100) / 2 = 80 (over all three, 0.8 × 93 = 74.4 would not flag it).
            #expect(flagged(try round([79, 100, 100]).evaluate()) == ["s1"])
            // 80 is not below 80.
            #expect(flagged(try round([80, 100, 100]).evaluate()) == [])
        }

        @Test("not assessed with fewer than two others in the pool")
        func fewerThanTwoOthers() throws {
            var round = round([10, 100])
            // s3 would be a third value, but it is below the quality threshold, so not in the pool.
            round.minimumQuality = 50
            round.submit("s3", ["price": 100])
            round.score("s3", "q", [1, 1, 1])  // 20% < 50%
            let decision = try round.evaluate()
            #expect(try decision.result("s3").status == .belowThreshold)
            #expect(flagged(decision) == [])
            #expect(decision.blocking.isEmpty)
        }

        @Test("every mean uses the pool before any rejection")
        func poolBeforeRejection() throws {
            // s1 10: 0.8 × (60 + 100 + 100)/3 = 69.3 > 10, flagged and rejected.
            // s2 60: 0.8 × (10 + 100 + 100)/3 = 56 < 60, not flagged (without s1 it would be 0.8 × 100 = 80).
            var round = round([10, 60, 100, 100])
            round.clarify("s1", "price", "rejected")
            let decision = try round.evaluate()
            #expect(flagged(decision) == ["s1"])
            #expect(
                decision.statuses == [
                    "s1": .rejected, "s2": .awarded, "s3": .notAwarded, "s4": .notAwarded,
                ])
            // Points over {s2, s3, s4}, best 60: s2 30 + 50 = 80; s3 and s4 30 + 60/100 × 50 = 60.
            ScoringTests.expectNear(try decision.result("s2").total, 80, "s2")
            ScoringTests.expectNear(try decision.result("s3").total, 60, "s3")
            #expect(decision.blocking.isEmpty)
        }

        @Test(
            "a clarification for a value that is not flagged changes nothing",
            arguments: ["accepted", "rejected"])
        func clarificationWithoutFlag(_ outcome: String) throws {
            var round = round([60, 100, 105, 110])
            round.clarify("s1", "price", "accepted")
            round.clarify("s2", "price", outcome)
            let decision = try round.evaluate()
            let s2 = try decision.result("s2")
            #expect(s2.status == .notAwarded)
            #expect(s2.flags.isEmpty)
            ScoringTests.expectNear(s2.total, 60, "s2")  // 30 + 60/100 × 50
            #expect(s2.rank == 2)
        }

        @Test("a rejected submission's quality blocking items still count")
        func rejectedStillBlocks() throws {
            var round = round([60, 100, 105, 110])
            round.scores.removeAll { $0.submission == "s1" }
            round.score("s1", "q", [1, 3, 5])  // mean 3, spread 4 > 2
            round.clarify("s1", "price", "rejected")
            let decision = try round.evaluate()
            #expect(try decision.result("s1").status == .rejected)
            #expect(decision.blockingSummary == ["moderation-required s1 q -"])
        }
    }
}
