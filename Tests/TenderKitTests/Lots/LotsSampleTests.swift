import Foundation
import Testing

@testable import TenderKit

extension ScoringTests {
    /// `Samples/targeted-detached-youth-lots-2025`: the lots, the limit and the standstill its
    /// README works out by hand.
    @Suite("Lots sample")
    struct LotsSampleTests {
        static func decision(
            _ change: (inout LoadedRound) -> Void = { _ in }
        ) throws -> Decision {
            var round = try SampleDecisionTests.load("targeted-detached-youth-lots-2025")
            change(&round)
            return RoundEvaluator.evaluate(round.scoringInput)
        }

        static func winners(_ decision: Decision) -> [String] {
            decision.lots.map { lot in lot.winner.map { decision.submissions[$0].id } ?? "none" }
        }

        @Test("each lot's winner, runner-up, margin and award order")
        func lots() throws {
            let decision = try Self.decision()
            #expect(
                decision.lots.map(\.id) == [
                    "hartlepool", "middlesbrough", "redcar-and-cleveland", "stockton-on-tees",
                ])
            #expect(
                Self.winners(decision) == [
                    "tdl-2025-12", "tdl-2025-02", "tdl-2025-09", "tdl-2025-04",
                ])
            #expect(decision.lots.map(\.awardOrder) == [3, 1, 4, 2])
            let runnersUp = decision.lots.map { $0.runnerUp.map { decision.submissions[$0].id } }
            #expect(runnersUp == ["tdl-2025-08", "tdl-2025-05", "tdl-2025-06", "tdl-2025-11"])
            // 87.3023 − 84.6364; 90.8 − 86; 80 − 79.5366; 89.2727 − 87.0870
            let margins = decision.lots.map { LotMargin.of($0, in: decision) }
            for (margin, expected) in zip(
                margins,
                [
                    30 * 84.0 / 86 - 30 * 84.0 / 88 + 2, 4.8, 29 - 30 * 78.0 / 82,
                    30 * 120.0 / 132 - 30 * 120.0 / 138 + 1,
                ])
            {
                expectNear(margin, expected)
            }
            let kerbside = ["tdl-2025-01", "tdl-2025-03"]
            for id in kerbside {
                #expect(
                    try decision.result(id).passedOver
                        == .bidderAtLotLimit(limit: 2, lots: ["middlesbrough", "stockton-on-tees"]))
            }
        }

        @Test("without the limit Kerbside wins all four; in listed order two other lots change")
        func theLimitAndTheOrderMatter() throws {
            let unlimited = try Self.decision { $0.rubric.award.maxLotsPerBidder = nil }
            #expect(
                Self.winners(unlimited) == [
                    "tdl-2025-01", "tdl-2025-02", "tdl-2025-03", "tdl-2025-04",
                ])
            let listed = try Self.decision { $0.rubric.award.lotOrder = .listed }
            #expect(
                Self.winners(listed) == [
                    "tdl-2025-01", "tdl-2025-02", "tdl-2025-09", "tdl-2025-11",
                ])
        }

        @Test("the conflicted evaluator is excluded from each of the bidder's lots")
        func conflictsPerSubmission() throws {
            let decision = try Self.decision()
            let excluded = decision.conflicts.findings.map {
                "\($0.evaluator) \($0.submission) \($0.outcome)"
            }
            #expect(
                excluded == ["jwhitfield tdl-2025-10 excluded", "jwhitfield tdl-2025-11 excluded"])
        }

        @Test("the standstill: notice Thursday 17 April 2025, across Easter, ends 30 April")
        func standstill() throws {
            let decision = try Self.decision()
            let standstill = try #require(decision.standstill)
            #expect(standstill.noticeDate.description == "2025-04-17")
            #expect(standstill.ends.description == "2025-04-30")
            #expect(standstill.earliestContractDate.description == "2025-05-01")
        }
    }
}
