import Foundation
import Testing

@testable import TenderKit

extension ScoringTests {
    /// Step 5: a consensus below a criterion's minimum, or a quality percentage below
    /// `minimumQuality`, makes a submission `below-threshold`: no quantitative points, no total,
    /// no rank, and it is out of the pool before any quantitative scoring.
    @Suite("Step 5: quality thresholds")
    struct QualityThresholdTests {
        /// Quality `q` (60, minimum 2) and price by ratio-to-best, lower is better (40).
        private func round() -> RoundBuilder {
            RoundBuilder([
                .quality("q", weight: 60, minimum: 2),
                .quantitative(
                    "price", weight: 40, value: "submission.price", better: "lower",
                    method: "ratio-to-best"),
            ])
        }

        @Test("below a criterion minimum: below-threshold, and its price does not set the best")
        func belowCriterionMinimum() throws {
            var round = round()
            round.submit("s1", ["price": 50])
            round.submit("s2", ["price": 100])
            round.submit("s3", ["price": 200])
            round.submit("s4", ["price": 400])
            round.score("s1", "q", [1, 1, 1])  // 1 < 2
            round.score("s2", "q", [4, 4, 4])
            round.score("s3", "q", [3, 3, 3])
            round.score("s4", "q", [2, 2, 2])  // exactly the minimum: not below it
            let decision = try round.evaluate()
            let s1 = try decision.result("s1")
            #expect(s1.status == .belowThreshold)
            #expect(s1.total == nil && s1.rank == nil && s1.awarded == nil)
            #expect(try s1.criterion("price").points == nil)
            #expect(try s1.criterion("price").value == 50)
            #expect(s1.amount == 1000)
            ScoringTests.expectNear(s1.qualityPercent, 20, "s1 quality %")  // 1/5 × 60 = 12 of 60
            #expect(s1.reasons.count == 1)
            guard case .consensusBelowMinimum(_, _, minimum: 2)? = s1.reasons.first else {
                Issue.record("s1's reason is not an agreed score below the minimum of 2")
                return
            }
            // The best price is 100 (s2), not s1's 50.
            // s2: 4/5 × 60 + 100/100 × 40 = 48 + 40 = 88
            // s3: 3/5 × 60 + 100/200 × 40 = 36 + 20 = 56
            // s4: 2/5 × 60 + 100/400 × 40 = 24 + 10 = 34
            ScoringTests.expectNear(try decision.result("s2").total, 88, "s2")
            ScoringTests.expectNear(try decision.result("s3").total, 56, "s3")
            ScoringTests.expectNear(try decision.result("s4").total, 34, "s4")
            #expect(decision.ranks == ["s1": nil, "s2": 1, "s3": 2, "s4": 3])
            #expect(
                decision.statuses == [
                    "s1": .belowThreshold, "s2": .awarded, "s3": .notAwarded, "s4": .notAwarded,
                ])
        }

        struct PercentCase: CustomTestStringConvertible, Sendable {
            var scores: [Double]
            var percent: Double
            var below: Bool
            var testDescription: String { "b scored \(scores): \(percent)%" }
        }

        /// a (30) scored 2, 2, 2 = 12 points; b (30) as given; minimumQuality 50 (30 of 60 points).
        @Test(
            "below minimumQuality",
            arguments: [
                PercentCase(scores: [3, 3, 3], percent: 50, below: false),  // (12 + 18) / 60
                // b: 7/3 / 5 × 30 = 14
                PercentCase(scores: [2, 3, 2], percent: (12 + 14) / 60.0 * 100, below: true),
                PercentCase(scores: [5, 5, 5], percent: 70, below: false),  // (12 + 30) / 60
            ])
        func belowMinimumQuality(_ example: PercentCase) throws {
            var round = RoundBuilder([
                .quality("a", weight: 30), .quality("b", weight: 30),
                .quantitative(
                    "price", weight: 40, value: "submission.price", better: "lower",
                    method: "ratio-to-best"),
            ])
            round.minimumQuality = 50
            round.submit("s1", ["price": 100])
            round.score("s1", "a", [2, 2, 2])
            round.score("s1", "b", example.scores)
            let s1 = try round.evaluate().result("s1")
            ScoringTests.expectNear(s1.qualityPercent, example.percent, "quality %")
            #expect((s1.status == .belowThreshold) == example.below)
            #expect((s1.total == nil) == example.below)
            #expect((try s1.criterion("price").points == nil) == example.below)
        }

        /// What a person computes by hand decides: 4 + 26 = 30 of 60 is 50%, not below 50%, even
        /// though the binary sum of 2/3 / 5 × 30 and 13/3 / 5 × 30 is 29.999999999999996.
        @Test("a quality percentage equal to minimumQuality by hand is not below it")
        func percentEqualByHand() throws {
            var round = RoundBuilder([
                .quality("a", weight: 30), .quality("b", weight: 30),
                .quantitative(
                    "price", weight: 40, value: "submission.price", better: "lower",
                    method: "ratio-to-best"),
            ])
            round.minimumQuality = 50
            round.submit("s1", ["price": 100])
            round.score("s1", "a", [0, 0, 2])  // mean 2/3: 2/3 / 5 × 30 = 4
            round.score("s1", "b", [3, 5, 5])  // mean 13/3: 13/3 / 5 × 30 = 26
            let s1 = try round.evaluate().result("s1")
            ScoringTests.expectNear(s1.qualityPercent, 50, "quality %")
            #expect(s1.status == .awarded)
            ScoringTests.expectNear(s1.total, 70, "total")  // 30 + 40
        }

        /// (1.9 + 2.8 + 2.8) / 3 = 2.5 by hand; 2.4999999999999996 in binary floating point.
        @Test("a consensus equal to the criterion minimum by hand is not below it")
        func consensusEqualByHand() throws {
            var round = RoundBuilder([.quality("q", weight: 100, minimum: 2.5)])
            round.submit("s1")
            round.score("s1", "q", [1.9, 2.8, 2.8])
            let s1 = try round.evaluate().result("s1")
            ScoringTests.expectNear(try s1.criterion("q").consensus, 2.5, "consensus")
            #expect(s1.status == .awarded)
        }

        @Test("no panel-scored criterion: qualityPercent null and minimumQuality not applied")
        func noPanelScoredCriterion() throws {
            var round = RoundBuilder([
                .quantitative(
                    "price", weight: 100, value: "submission.price", better: "lower",
                    method: "ratio-to-best")
            ])
            round.minimumQuality = 90
            round.submit("s1", ["price": 100])
            round.submit("s2", ["price": 125])
            let decision = try round.evaluate()
            #expect(decision.submissions.allSatisfy { $0.qualityPercent == nil })
            ScoringTests.expectNear(try decision.result("s1").total, 100, "s1")  // 100/100 × 100
            ScoringTests.expectNear(try decision.result("s2").total, 80, "s2")  // 100/125 × 100
            #expect(decision.statuses == ["s1": .awarded, "s2": .notAwarded])
            #expect(decision.status == .final)
        }

        @Test("qualityPercent is shown for every eligible submission and null for ineligible ones")
        func qualityPercentShown() throws {
            var round = round()
            round.gates = [
                GateSpec(id: "priced", rule: "submission.price < 1000", message: "Too expensive.")
            ]
            round.submit("s1", ["price": 5000])
            round.submit("s2", ["price": 100])
            round.submit("s3", ["price": 100])
            round.score("s1", "q", [5, 5, 5])
            round.score("s2", "q", [1, 1, 1])
            round.score("s3", "q", [4, 4, 5])
            let decision = try round.evaluate()
            #expect(try decision.result("s1").qualityPercent == nil)
            ScoringTests.expectNear(try decision.result("s2").qualityPercent, 20, "s2")  // 1/5
            // 13/3 / 5 × 100
            ScoringTests.expectNear(try decision.result("s3").qualityPercent, 260.0 / 3, "s3")
        }
    }
}
