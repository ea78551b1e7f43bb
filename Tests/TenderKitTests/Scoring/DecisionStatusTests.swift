import Foundation
import Testing

@testable import TenderKit

extension ScoringTests {
    /// Step 11: `final` when nothing blocks, otherwise `provisional` with every blocking item,
    /// sorted by submission, kind, criterion, evaluator; a provisional decision still computes
    /// everything it can.
    @Suite("Step 11: status and blocking order")
    struct DecisionStatusTests {
        @Test("nothing blocking: final")
        func final() throws {
            var round = RoundBuilder([.quality("q", weight: 100)])
            round.submit("s1")
            round.score("s1", "q", [3, 4, 5])
            let decision = try round.evaluate()
            #expect(decision.status == .final)
            #expect(decision.blocking.isEmpty)
        }

        /// Criteria a (30), b (30), price (40, ratio-to-best, belowMeanBy 0.5); three evaluators
        /// needed; allocation of `amountRequested` from 1500.
        private func busyRound() -> RoundBuilder {
            var round = RoundBuilder([
                .quality("a", weight: 30), .quality("b", weight: 30),
                .quantitative(
                    "price", weight: 40, value: "submission.price", better: "lower",
                    method: "ratio-to-best", belowMeanBy: 0.5),
            ])
            round.evaluators = [
                .init("e1", "Jane Smith"), .init("e2", "John Brown"), .init("e3", "Chidi Cole"),
            ]
            round.minIndependentEvaluators = 3
            round.mode = "allocation"
            round.amount = "submission.amountRequested"
            round.budget = 1500
            round.submit("s3", ["price": 100, "amountRequested": 600])
            round.submit(
                "s2", ["price": 100, "amountRequested": 400], people: ["J Smith", "J. Brown"])
            round.submit("s1", ["price": 10, "amountRequested": 1000])
            round.score("s1", "a", [0, 5, 5])  // mean 10/3, spread 5
            round.score("s1", "b", [0, 5, nil])  // mean 2.5, spread 5, two scores
            for id in ["s2", "s3"] {
                round.score(id, "a", [3, 3, 3])
                round.score(id, "b", [3, 3, 3])
            }
            return round
        }

        @Test("every blocking item, sorted by submission, kind, criterion, evaluator")
        func blockingOrder() throws {
            let decision = try busyRound().evaluate()
            #expect(decision.status == .provisional)
            #expect(
                decision.blockingSummary == [
                    // 10 < 0.5 × (100 + 100) / 2 = 50, no clarification
                    "abnormally-low s1 price -",
                    "insufficient-evaluators s1 b -",  // 2 < 3
                    "moderation-required s1 a -",  // 5 − 0 > 2
                    "moderation-required s1 b -",
                    "possible-conflict s2 - e1",  // Jane Smith / J Smith
                    "possible-conflict s2 - e2",  // John Brown / J. Brown
                    "tie s2 - -",  // s2 and s3 share rank 2: one awarded, one not funded
                    "tie s3 - -",
                ])
            #expect(decision.blocking == decision.blocking.sorted())
        }

        @Test("a provisional decision still computes everything it can")
        func provisionalComputesEverything() throws {
            let decision = try busyRound().evaluate()
            // s1 stays in the pool while unclarified: best price 10.
            // s1: 10/3 / 5 × 30 + 2.5 / 5 × 30 + 10/10 × 40 = 20 + 15 + 40 = 75
            // s2, s3: 18 + 18 + 10/100 × 40 = 40
            ScoringTests.expectNear(try decision.result("s1").total, 75, "s1")
            ScoringTests.expectNear(try decision.result("s2").total, 40, "s2")
            ScoringTests.expectNear(try decision.result("s3").total, 40, "s3")
            #expect(decision.ranks == ["s1": 1, "s2": 2, "s3": 2])
            // 1500 − 1000 = 500; s2 (400) fits, leaving 100; s3 (600) does not.
            #expect(decision.statuses == ["s1": .awarded, "s2": .awarded, "s3": .notFunded])
            #expect(decision.remainingBudget == 100)
            // Submissions are in file order: file-name order, whatever order they were written in.
            #expect(decision.submissions.map(\.id) == ["s1", "s2", "s3"])
        }

        private static func item(
            _ submission: String, _ kind: BlockingItem.Kind, _ criterion: String?,
            _ evaluator: String?
        ) -> BlockingItem {
            BlockingItem(
                kind: kind, submission: submission, criterion: criterion, evaluator: evaluator,
                detail: .pendingConflict)
        }

        /// Each pair is in order; the detail never matters.
        @Test(
            "blocking items compare by submission, kind, criterion, evaluator",
            arguments: zip(
                [
                    item("s1", .tie, nil, nil),
                    item("s1", .abnormallyLow, "z", nil),
                    item("s1", .moderationRequired, "a", nil),
                    item("s1", .possibleConflict, nil, "e1"),
                    item("s1", .possibleConflict, nil, "e9"),
                ],
                [
                    item("s2", .abnormallyLow, "a", nil),
                    item("s1", .insufficientEvaluators, "a", nil),
                    item("s1", .moderationRequired, "b", nil),
                    item("s1", .possibleConflict, nil, "e2"),
                    item("s1", .tie, nil, nil),
                ]))
        func itemOrder(_ first: BlockingItem, _ second: BlockingItem) {
            #expect(first < second)
            #expect(!(second < first))
        }
    }
}
