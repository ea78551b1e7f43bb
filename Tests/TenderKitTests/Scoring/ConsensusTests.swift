import Foundation
import Testing

@testable import TenderKit

extension ScoringTests {
    /// Steps 2 to 4: independent scores, the consensus (mean, median, moderated), the spread, and
    /// points = (consensus − scale.min) / (scale.max − scale.min) × weight.
    @Suite("Steps 2-4: consensus and quality points")
    struct ConsensusTests {
        struct ConsensusCase: CustomTestStringConvertible, Sendable {
            var method: String
            var scores: [Double?]
            var consensus: Double
            var spread: Double
            var testDescription: String {
                "\(method) of \(scores.map { $0.map { "\($0)" } ?? "–" }) = \(consensus)"
            }
        }

        /// One criterion of weight 100 on 0 to 5, four evaluators, maxSpread 5 (nothing blocks):
        /// points = consensus / 5 × 100.
        @Test(
            "the consensus by the rubric's method, and the spread",
            arguments: [
                // 12 / 3
                ConsensusCase(method: "mean", scores: [3, 4, 5, nil], consensus: 4, spread: 2),
                ConsensusCase(
                    // 5 / 3
                    method: "mean", scores: [1, 2, 2, nil], consensus: 5.0 / 3.0, spread: 1),
                // 10 / 4
                ConsensusCase(method: "mean", scores: [0, 1, 4, 5], consensus: 2.5, spread: 5),
                // middle of 1, 4, 5
                ConsensusCase(method: "median", scores: [1, 4, 5, nil], consensus: 4, spread: 4),
                // (2 + 4) / 2
                ConsensusCase(method: "median", scores: [5, 1, 2, 4], consensus: 3, spread: 4),
                // (3 + 4) / 2
                ConsensusCase(method: "median", scores: [3, 5, 3, 4], consensus: 3.5, spread: 2),
                ConsensusCase(
                    // (2 + 5) / 2
                    method: "median", scores: [2, nil, 5, nil], consensus: 3.5, spread: 3),
                ConsensusCase(
                    method: "median", scores: [nil, 4, nil, nil], consensus: 4, spread: 0),
            ])
        func consensus(_ example: ConsensusCase) throws {
            var round = RoundBuilder([.quality("q", weight: 100)])
            round.evaluators.append(EvaluatorSpec("e4", "Dana Dale"))
            round.method = example.method
            round.maxSpread = 5
            round.submit("s1")
            round.score("s1", "q", example.scores)
            let decision = try round.evaluate()
            let q = try decision.result("s1").criterion("q")
            ScoringTests.expectNear(q.consensus, example.consensus, "consensus")
            ScoringTests.expectNear(q.spread, example.spread, "spread")
            #expect(q.source?.rawValue == example.method)
            #expect(q.scoreRows.count == example.scores.compactMap { $0 }.count)
            ScoringTests.expectNear(q.points, example.consensus / 5 * 100, "points")
            ScoringTests.expectNear(
                try decision.result("s1").qualityPercent, example.consensus / 5 * 100, "quality %")
            #expect(decision.blocking.isEmpty)
        }

        @Test("points with a scale that does not start at 0")
        func pointsWithScaleMinimum() throws {
            var round = RoundBuilder([
                .quality("a", weight: 40), .quality("b", weight: 35), .quality("c", weight: 25),
            ])
            round.scaleMin = 1
            round.scaleMax = 10
            round.maxSpread = 9
            round.submit("s1")
            round.score("s1", "a", [7, 7, 7])  // (7 − 1) / 9 × 40 = 26.666…
            round.score("s1", "b", [1, 1, 1])  // (1 − 1) / 9 × 35 = 0
            round.score("s1", "c", [10, 9, 8])  // mean 9: (9 − 1) / 9 × 25 = 22.222…
            let s1 = try round.evaluate().result("s1")
            ScoringTests.expectNear(try s1.criterion("a").points, 6.0 / 9.0 * 40, "a")
            ScoringTests.expectNear(try s1.criterion("b").points, 0, "b")
            ScoringTests.expectNear(try s1.criterion("c").points, 8.0 / 9.0 * 25, "c")
            // 240/9 + 200/9 = 440/9 = 48.888…, of a quality weight of 100.
            ScoringTests.expectNear(s1.total, 440.0 / 9.0, "total")
            ScoringTests.expectNear(s1.qualityPercent, 440.0 / 9.0, "quality %")
        }

        @Test("a moderation entry overrides the consensus; the spread stays that of the scores")
        func moderationOverrides() throws {
            var round = RoundBuilder([.quality("q", weight: 100)])
            round.submit("s1")
            round.score("s1", "q", [1, 4, 5])  // mean 10 / 3, spread 4 > maxSpread 2
            round.moderate("s1", "q", 3)
            let decision = try round.evaluate()
            let q = try decision.result("s1").criterion("q")
            #expect(q.source == .moderated)
            ScoringTests.expectNear(q.consensus, 3, "consensus")
            ScoringTests.expectNear(q.spread, 4, "spread")
            ScoringTests.expectNear(q.points, 60, "points")  // 3 / 5 × 100
            #expect(decision.blocking.isEmpty)
            #expect(decision.status == .final)
        }

        @Test(
            "a moderation entry supplies a consensus when nobody scored, but insufficient-evaluators still blocks"
        )
        func moderationWithoutScores() throws {
            var round = RoundBuilder([.quality("q", weight: 100)])
            round.submit("s1")
            round.moderate("s1", "q", 4)
            let decision = try round.evaluate()
            let q = try decision.result("s1").criterion("q")
            #expect(q.source == .moderated)
            ScoringTests.expectNear(q.consensus, 4, "consensus")
            #expect(q.spread == nil)
            ScoringTests.expectNear(q.points, 80, "points")  // 4 / 5 × 100
            #expect(decision.blockingSummary == ["insufficient-evaluators s1 q -"])  // 0 scores < 1
            #expect(decision.status == .provisional)
        }

        @Test("an excluded evaluator's scores are not independent scores")
        func independentScoresOnly() throws {
            var round = RoundBuilder([.quality("q", weight: 100)])
            round.evaluators[2].declaredOrganisations = ["Acme Support Trust"]
            round.submit("s1", organisation: "Acme Support Trust")
            round.score("s1", "q", [2, 3, 5])
            let q = try round.evaluate().result("s1").criterion("q")
            ScoringTests.expectNear(q.consensus, 2.5, "consensus")  // (2 + 3) / 2 without e3's 5
            ScoringTests.expectNear(q.spread, 1, "spread")
            #expect(q.scoreRows.count == 2)
            #expect(q.excluded == [2])
        }
    }
}
