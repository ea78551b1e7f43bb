import Foundation
import Testing

@testable import TenderKit

extension ScoringTests {
    /// Step 7: each quantitative method in both directions, over the pool minus rejected values.
    @Suite("Step 7: quantitative points")
    struct QuantitativePointsTests {
        struct MethodCase: CustomTestStringConvertible, Sendable {
            var method: String
            var better: String
            /// Points for the values 80, 100, 120 and 250 (weight 100).
            var points: [Double]
            var testDescription: String { "\(method), \(better) is better" }
        }

        static let values: [Double] = [80, 100, 120, 250]

        /// lower: best 80, worst 250; higher: best 250, worst 80. Weight 100, so points are percentages.
        @Test(
            "each method in both directions",
            arguments: [
                // best / v × 100: 80/80, 80/100, 80/120, 80/250
                MethodCase(
                    method: "ratio-to-best", better: "lower", points: [100, 80, 200.0 / 3, 32]),
                // v / best × 100: 80/250, 100/250, 120/250, 250/250
                MethodCase(method: "ratio-to-best", better: "higher", points: [32, 40, 48, 100]),
                // max(0, 1 − (v − 80)/80) × 100: 1, 1 − 0.25, 1 − 0.5, max(0, 1 − 2.125) = 0 (the floor)
                MethodCase(
                    method: "deviation-from-best", better: "lower", points: [100, 75, 50, 0]),
                // max(0, 1 − (250 − v)/250) × 100: 1 − 0.68, 1 − 0.6, 1 − 0.52, 1
                MethodCase(
                    method: "deviation-from-best", better: "higher", points: [32, 40, 48, 100]),
                // (250 − v) / 170 × 100: 170/170, 150/170, 130/170, 0
                MethodCase(
                    method: "linear-range", better: "lower",
                    points: [100, 1500.0 / 17, 1300.0 / 17, 0]),
                // (v − 80) / 170 × 100: 0, 20/170, 40/170, 170/170
                MethodCase(
                    method: "linear-range", better: "higher",
                    points: [0, 200.0 / 17, 400.0 / 17, 100]),
            ])
        func methods(_ example: MethodCase) throws {
            var round = RoundBuilder([
                .quantitative(
                    "v", weight: 100, value: "submission.v", better: example.better,
                    method: example.method)
            ])
            for (index, value) in Self.values.enumerated() {
                round.submit("s\(index + 1)", ["v": .json(value.description)])
            }
            let decision = try round.evaluate()
            for (index, expected) in example.points.enumerated() {
                let result = try decision.result("s\(index + 1)")
                ScoringTests.expectNear(
                    try result.criterion("v").points, expected, "s\(index + 1) points")
                ScoringTests.expectNear(result.total, expected, "s\(index + 1) total")
            }
        }

        @Test(
            "the deviation floor also holds when better is higher and a value is far below the best"
        )
        func deviationFloorHigher() throws {
            // best 1000: 1 − (1000 − 10)/1000 = 0.01 → 0.4 of weight 40; never below 0 for positive values.
            var round = RoundBuilder([
                .quality("q", weight: 60),
                .quantitative(
                    "v", weight: 40, value: "submission.v", better: "higher",
                    method: "deviation-from-best"),
            ])
            round.submit("s1", ["v": 1000])
            round.submit("s2", ["v": 10])
            round.score("s1", "q", [3, 3, 3])
            round.score("s2", "q", [3, 3, 3])
            let decision = try round.evaluate()
            ScoringTests.expectNear(try decision.result("s1").total, 76, "s1")  // 36 + 40
            ScoringTests.expectNear(try decision.result("s2").total, 36.4, "s2")  // 36 + 0.01 × 40
        }

        @Test(
            "linear-range gives everyone full weight when best = worst",
            arguments: ["lower", "higher"])
        func linearRangeAllEqual(_ better: String) throws {
            var round = RoundBuilder([
                .quality("q", weight: 70),
                .quantitative(
                    "v", weight: 30, value: "submission.v", better: better, method: "linear-range"),
            ])
            for id in ["s1", "s2", "s3"] {
                round.submit(id, ["v": 120])
            }
            round.score("s1", "q", [5, 5, 5])
            round.score("s2", "q", [4, 4, 4])
            round.score("s3", "q", [3, 3, 3])
            let decision = try round.evaluate()
            ScoringTests.expectNear(try decision.result("s1").total, 100, "s1")  // 70 + 30
            ScoringTests.expectNear(try decision.result("s2").total, 86, "s2")  // 56 + 30
            ScoringTests.expectNear(try decision.result("s3").total, 72, "s3")  // 42 + 30
        }

        @Test("two quantitative criteria each take their own best and worst")
        func twoCriteria() throws {
            var round = RoundBuilder([
                .quantitative(
                    "price", weight: 60, value: "submission.price", better: "lower",
                    method: "ratio-to-best"),
                .quantitative(
                    "reach", weight: 40, value: "submission.reach", better: "higher",
                    method: "linear-range"),
            ])
            round.submit("s1", ["price": 200, "reach": 50])
            round.submit("s2", ["price": 250, "reach": 150])
            round.submit("s3", ["price": 400, "reach": 100])
            let decision = try round.evaluate()
            // s1: 200/200 × 60 + (50 − 50)/100 × 40 = 60 + 0 = 60
            // s2: 200/250 × 60 + (150 − 50)/100 × 40 = 48 + 40 = 88
            // s3: 200/400 × 60 + (100 − 50)/100 × 40 = 30 + 20 = 50
            ScoringTests.expectNear(try decision.result("s1").total, 60, "s1")
            ScoringTests.expectNear(try decision.result("s2").total, 88, "s2")
            ScoringTests.expectNear(try decision.result("s3").total, 50, "s3")
            #expect(decision.ranks == ["s1": 2, "s2": 1, "s3": 3])
        }
    }
}
