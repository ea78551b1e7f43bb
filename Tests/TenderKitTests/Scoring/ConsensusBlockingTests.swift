import Foundation
import Testing

@testable import TenderKit

extension ScoringTests {
    /// Step 3's blocking items: `moderation-required` (spread > maxSpread, not moderated) and
    /// `insufficient-evaluators` (fewer independent scores than the panel needs), one per
    /// (submission, criterion, kind), for every eligible submission whatever its later status.
    @Suite("Step 3: moderation-required and insufficient-evaluators")
    struct ConsensusBlockingTests {
        struct SpreadCase: CustomTestStringConvertible, Sendable {
            var maxSpread: Double
            var scores: [Double]
            var blocks: Bool
            var testDescription: String {
                "\(scores) with maxSpread \(maxSpread): \(blocks ? "blocks" : "does not block")"
            }
        }

        @Test(
            "moderation-required only when the spread is greater than maxSpread",
            arguments: [
                SpreadCase(maxSpread: 2, scores: [1, 3, 3], blocks: false),  // 3 − 1 = 2, equal
                SpreadCase(maxSpread: 2, scores: [1, 3, 3.5], blocks: true),  // 3.5 − 1 = 2.5
                SpreadCase(maxSpread: 0, scores: [3, 3, 3], blocks: false),  // 0, equal
                SpreadCase(maxSpread: 0, scores: [3, 3, 3.5], blocks: true),  // 0.5
                SpreadCase(maxSpread: 1.5, scores: [2, 3.5, 2], blocks: false),
                // By hand 0.8 − 0.1 = 0.7, equal; in binary floating point it is 0.7000000000000001.
                SpreadCase(maxSpread: 0.7, scores: [0.8, 0.1, 0.5], blocks: false),
                SpreadCase(maxSpread: 0.7, scores: [0.8, 0.1, 0.9], blocks: true),  // 0.8
            ])
        func spread(_ example: SpreadCase) throws {
            var round = RoundBuilder([.quality("q", weight: 100)])
            round.maxSpread = example.maxSpread
            round.submit("s1")
            round.score("s1", "q", example.scores)
            let decision = try round.evaluate()
            #expect(
                decision.blockingSummary == (example.blocks ? ["moderation-required s1 q -"] : []))
            #expect(decision.status == (example.blocks ? .provisional : .final))
        }

        @Test("insufficient-evaluators blocks even when the criterion is moderated")
        func insufficientEvenWhenModerated() throws {
            var round = RoundBuilder([.quality("q", weight: 100)])
            round.minIndependentEvaluators = 3
            round.submit("s1")
            round.score("s1", "q", [0, 5, nil])  // two scores, spread 5
            round.moderate("s1", "q", 3)
            let decision = try round.evaluate()
            ScoringTests.expectNear(
                try decision.result("s1").criterion("q").consensus, 3, "consensus")
            #expect(decision.blockingSummary == ["insufficient-evaluators s1 q -"])
            #expect(decision.blocking.first?.detail == .tooFewEvaluators(independent: 2, needed: 3))
            #expect(
                decision.blocking.first.map { BlockingWords.detail($0.detail) }
                    == "2 independent scores, but the rubric needs at least 3")
        }

        @Test("a missing score row only lowers the count")
        func missingRowLowersCount() throws {
            var round = RoundBuilder([.quality("a", weight: 50), .quality("b", weight: 50)])
            round.minIndependentEvaluators = 3
            round.submit("s1")
            round.score("s1", "a", [4, nil, 2])  // mean 3 over two scores; 2 < 3 needed
            round.score("s1", "b", [4, 4, 4])
            let decision = try round.evaluate()
            let s1 = try decision.result("s1")
            ScoringTests.expectNear(try s1.criterion("a").consensus, 3, "a consensus")
            ScoringTests.expectNear(s1.total, 70, "total")  // 3/5 × 50 + 4/5 × 50 = 30 + 40
            #expect(decision.blockingSummary == ["insufficient-evaluators s1 a -"])
            #expect(s1.status == .awarded)
        }

        @Test("no score and no moderation: points null, counted as 0, the minimum not applied")
        func noConsensus() throws {
            var round = RoundBuilder([
                .quality("a", weight: 50, minimum: 3), .quality("b", weight: 50),
            ])
            round.minimumQuality = 40
            round.submit("s1")
            round.score("s1", "b", [4, 4, 4])
            let decision = try round.evaluate()
            let s1 = try decision.result("s1")
            let a = try s1.criterion("a")
            #expect(a.consensus == nil && a.points == nil && a.source == nil && a.spread == nil)
            // (0 + 40) / 100 × 100, not below 40
            ScoringTests.expectNear(s1.qualityPercent, 40, "quality %")
            ScoringTests.expectNear(s1.total, 40, "total")  // 0 + 4/5 × 50
            #expect(s1.status == .awarded)  // a's minimum of 3 is not applied
            #expect(decision.blockingSummary == ["insufficient-evaluators s1 a -"])  // 0 scores < 1
        }

        @Test("one blocking item per (submission, criterion, kind)")
        func onePerKind() throws {
            var round = RoundBuilder([.quality("a", weight: 50), .quality("b", weight: 50)])
            round.minIndependentEvaluators = 4
            round.submit("s1")
            round.submit("s2")
            round.score("s1", "a", [0, 5, 5])
            round.score("s1", "b", [5, 0, 1])
            round.score("s2", "a", [3, 3, 3])
            round.score("s2", "b", [3, 3, 3])
            let decision = try round.evaluate()
            #expect(
                decision.blockingSummary == [
                    "insufficient-evaluators s1 a -", "insufficient-evaluators s1 b -",
                    "moderation-required s1 a -", "moderation-required s1 b -",
                    "insufficient-evaluators s2 a -", "insufficient-evaluators s2 b -",
                ])
        }

        @Test("blocking items also apply to a below-threshold submission")
        func belowThresholdStillBlocks() throws {
            var round = RoundBuilder([
                .quality("a", weight: 50, minimum: 3), .quality("b", weight: 50),
            ])
            round.minIndependentEvaluators = 3
            round.submit("s1")
            round.submit("s2")
            round.score("s1", "a", [0, 1, 5])  // mean 2 < 3; spread 5 > 2
            round.score("s1", "b", [4, 4, nil])  // 2 scores < 3
            round.score("s2", "a", [3, 3, 3])
            round.score("s2", "b", [3, 3, 3])
            let decision = try round.evaluate()
            #expect(try decision.result("s1").status == .belowThreshold)
            #expect(
                decision.blockingSummary == [
                    "insufficient-evaluators s1 b -", "moderation-required s1 a -",
                ])
            #expect(decision.status == .provisional)
            #expect(try decision.result("s2").status == .awarded)
        }
    }
}
