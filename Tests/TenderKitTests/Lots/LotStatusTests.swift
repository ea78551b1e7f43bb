import Foundation
import Testing

@testable import TenderKit

extension ScoringTests {
    /// `tender status` per lot: a lot is provisional when its own submissions block, or, under a
    /// lot limit, when a lot awarded before it is.
    @Suite("Lots: status per lot")
    struct LotStatusTests {
        @Test("a tie in l2 makes l2 provisional, and l3 after it waits on it")
        func statusPerLot() throws {
            // l1: a1 wins (A holds 1). l2: a2 passed over; b2 and c2 tie on 80: blocking.
            // l3: d3 wins on its own, but under the limit it waits on l2.
            let round = LotAwardTests.round(
                lots: [("l1", nil), ("l2", nil), ("l3", nil)],
                bids: [
                    ("a1", "A", "l1", 5), ("a2", "A", "l2", 5), ("b2", "B", "l2", 4),
                    ("c2", "C", "l2", 4), ("d3", "D", "l3", 5),
                ], limit: 1)
            let loaded = try round.load()
            let decision = RoundEvaluator.evaluate(loaded.scoringInput)
            let statuses = LotStatus.all(in: decision, limit: 1)
            #expect(statuses.map(\.status) == [.final, .provisional, .provisional])
            #expect(statuses.map(\.blocking.count) == [0, 2, 0])
            #expect(statuses.map(\.waitsOnEarlierLot) == [false, false, true])
            let text = StatusReport(round: loaded, decision: decision).text()
            #expect(text.contains("  l1 (Lot l1): final — a1 awarded (100.00 points)\n"))
            #expect(
                text.contains(
                    "  l2 (Lot l2): PROVISIONAL — b2 would be awarded (80.00 points); 2 items to settle\n"
                ))
            #expect(
                text.contains(
                    "  l3 (Lot l3): PROVISIONAL — d3 would be awarded (100.00 points); waits on a lot awarded before it"
                ))
            // Without a limit the lots are independent: l3 is final.
            #expect(
                LotStatus.all(in: decision, limit: nil).map(\.status) == [
                    .final, .provisional, .final,
                ])
        }
    }
}
