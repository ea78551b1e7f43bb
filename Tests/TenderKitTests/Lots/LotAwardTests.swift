import Foundation
import Testing

@testable import TenderKit

extension ScoringTests {
    /// Lots and lot award limits, each result worked out by hand. Every round has one panel-scored
    /// criterion `q` (weight 100), so a submission's total is its score × 20; bidders are named by
    /// organisation (`A`, `B`, `C`), so one bidder's submissions share a name.
    @Suite("Lots: award limits and order")
    struct LotAwardTests {
        /// A bid: submission id, bidder, lot, score.
        typealias Bid = (id: String, bidder: String, lot: String, score: Double)

        static func round(
            lots: [(id: String, value: Double?)], bids: [Bid], limit: Int? = nil,
            order: String? = nil, minimumTotal: Double? = nil
        ) -> RoundBuilder {
            var round = RoundBuilder([.quality("q", weight: 100)])
            round.minimumTotal = minimumTotal
            let lotsJSON = lots.map { lot in
                "{\"id\": \"\(lot.id)\", \"title\": \"Lot \(lot.id)\""
                    + (lot.value.map { ", \"estimatedValue\": \($0)" } ?? "") + "}"
            }
            round.roundMembers = [("lots", "[" + lotsJSON.joined(separator: ", ") + "]")]
            if let limit { round.awardMembers.append(("maxLotsPerBidder", "\(limit)")) }
            if let order { round.awardMembers.append(("lotOrder", "\"\(order)\"")) }
            for bid in bids {
                round.submit(bid.id, ["lot": .json("\"\(bid.lot)\"")], organisation: bid.bidder)
                round.score(bid.id, "q", [bid.score])
            }
            return round
        }

        static func winners(_ decision: Decision) -> [String: String] {
            Dictionary(
                uniqueKeysWithValues: decision.lots.map { lot in
                    (lot.id, lot.winner.map { decision.submissions[$0].id } ?? "none")
                })
        }

        @Test("a limit of one passes over a bidder already awarded a lot")
        func limitPassesOver() throws {
            // l1: a1 100 wins. l2: a2 100 (A holds 1) is passed over; b2 80 wins.
            let decision = try Self.round(
                lots: [("l1", nil), ("l2", nil)],
                bids: [("a1", "A", "l1", 5), ("a2", "A", "l2", 5), ("b2", "B", "l2", 4)], limit: 1
            ).evaluate()
            #expect(Self.winners(decision) == ["l1": "a1", "l2": "b2"])
            let a2 = try decision.result("a2")
            #expect(a2.status == .notAwarded)
            #expect(a2.rank == 1)
            #expect(a2.passedOver == .bidderAtLotLimit(limit: 1, lots: ["l1"]))
            #expect(
                a2.reasons == [
                    .lotAward(
                        .passedOver(.bidderAtLotLimit(limit: 1, lots: ["l1"])), lot: "l2",
                        rank: 1, total: 100)
                ])
            #expect(try decision.result("b2").awarded == 1000)
            #expect(decision.lots[1].passedOver.map { decision.submissions[$0].id } == ["a2"])
            #expect(decision.remainingBudget == 98_000)
            #expect(decision.status == .final)
        }

        @Test("without a limit the same round awards both lots to A")
        func noLimit() throws {
            let decision = try Self.round(
                lots: [("l1", nil), ("l2", nil)],
                bids: [("a1", "A", "l1", 5), ("a2", "A", "l2", 5), ("b2", "B", "l2", 4)]
            ).evaluate()
            #expect(Self.winners(decision) == ["l1": "a1", "l2": "a2"])
            #expect(
                try decision.result("b2").reasons == [
                    .lotAward(.outranked(winnerTotal: 100), lot: "l2", rank: 2, total: 80)
                ])
        }

        @Test("a chain: passing A over in l2 gives B a lot, so B is passed over in l3")
        func chain() throws {
            // Without a limit: l1 a1, l2 a2, l3 b3. With a limit of 1: l1 a1; l2 a2 passed over,
            // b2 (80) wins; l3 b3 (100) passed over because B now holds l2, c3 (60) wins.
            let bids: [Bid] = [
                ("a1", "A", "l1", 5), ("a2", "A", "l2", 5), ("b2", "B", "l2", 4),
                ("b3", "B", "l3", 5), ("c3", "C", "l3", 3),
            ]
            let lots: [(id: String, value: Double?)] = [("l1", nil), ("l2", nil), ("l3", nil)]
            let unlimited = try Self.round(lots: lots, bids: bids).evaluate()
            #expect(Self.winners(unlimited) == ["l1": "a1", "l2": "a2", "l3": "b3"])
            let limited = try Self.round(lots: lots, bids: bids, limit: 1).evaluate()
            #expect(Self.winners(limited) == ["l1": "a1", "l2": "b2", "l3": "c3"])
            #expect(
                try limited.result("b3").passedOver == .bidderAtLotLimit(limit: 1, lots: ["l2"]))
            #expect(limited.lots[2].runnerUp == nil)
            #expect(limited.remainingBudget == 97_000)
        }

        @Test("a tie below a passed-over submission becomes decisive and blocks")
        func tieMadeDecisive() throws {
            // l2: a2 100 passed over; b2 and c2 share rank 2 on 80 and could each be awarded.
            let bids: [Bid] = [
                ("a1", "A", "l1", 5), ("a2", "A", "l2", 5), ("b2", "B", "l2", 4),
                ("c2", "C", "l2", 4),
            ]
            let lots: [(id: String, value: Double?)] = [("l1", nil), ("l2", nil)]
            let limited = try Self.round(lots: lots, bids: bids, limit: 1).evaluate()
            #expect(limited.status == .provisional)
            #expect(limited.blockingSummary == ["tie b2 - -", "tie c2 - -"])
            #expect(limited.blocking.first?.detail == .tie(rank: 2, lotTitle: "Lot l2"))
            #expect(
                limited.blocking.first.map { BlockingWords.detail($0.detail) }
                    == "shares rank 2 in lot Lot l2 with another submission that could be awarded the lot, and the award depends on which comes first; the tie-breaks did not separate them"
            )
            #expect(Self.winners(limited) == ["l1": "a1", "l2": "b2"])  // as it stands: by id
            // Without the limit the tie is for second place and decides nothing.
            let unlimited = try Self.round(lots: lots, bids: bids).evaluate()
            #expect(unlimited.status == .final)
            #expect(unlimited.blocking.isEmpty)
        }

        @Test("a lot nobody wins: no bids, every bidder at the limit, or below the minimum total")
        func lotsNobodyWins() throws {
            // l1: a1 wins. l2: only a2, whose bidder holds l1. l3: no bids. l4: b4 60 < 70.
            let decision = try Self.round(
                lots: [("l1", nil), ("l2", nil), ("l3", nil), ("l4", nil)],
                bids: [("a1", "A", "l1", 5), ("a2", "A", "l2", 4), ("b4", "B", "l4", 3)],
                limit: 1, minimumTotal: 70
            ).evaluate()
            #expect(
                Self.winners(decision) == ["l1": "a1", "l2": "none", "l3": "none", "l4": "none"])
            #expect(
                decision.lots.map(\.noAward) == [
                    nil, .everyBidderAtLimit, .noRankedSubmission, .belowMinimumTotal(70),
                ])
            #expect(
                try decision.result("a2").passedOver == .bidderAtLotLimit(limit: 1, lots: ["l1"]))
            #expect(try decision.result("b4").status == .notAwarded)
            #expect(
                try decision.result("b4").reasons == [
                    .lotAward(.noAward(.belowMinimumTotal(70)), lot: "l4", rank: 1, total: 60)
                ])
            #expect(decision.remainingBudget == 99_000)
        }

        @Test("lotOrder: awarding the more valuable lot first gives each lot another winner")
        func lotOrderChangesTheOutcome() throws {
            // Listed: l1 a1 (100); l2 a2 passed over, b2 (60) wins.
            // By estimated value: l2 (200) first, a2 wins; l1: a1 passed over, b1 (80) wins.
            let bids: [Bid] = [
                ("a1", "A", "l1", 5), ("a2", "A", "l2", 5), ("b1", "B", "l1", 4),
                ("b2", "B", "l2", 3),
            ]
            let lots: [(id: String, value: Double?)] = [("l1", 100), ("l2", 200)]
            let listed = try Self.round(lots: lots, bids: bids, limit: 1).evaluate()
            #expect(Self.winners(listed) == ["l1": "a1", "l2": "b2"])
            #expect(listed.lots.map(\.awardOrder) == [1, 2])
            let byValue = try Self.round(lots: lots, bids: bids, limit: 1, order: "estimated-value")
                .evaluate()
            #expect(Self.winners(byValue) == ["l1": "b1", "l2": "a2"])
            #expect(byValue.lots.map(\.awardOrder) == [2, 1])
            #expect(
                try byValue.result("a1").passedOver == .bidderAtLotLimit(limit: 1, lots: ["l2"]))
        }

        @Test("estimated-value order: highest first, lots without an estimate last, ties listed")
        func estimatedValueSequence() {
            let lots = [
                Lot(id: "a", title: "A", estimatedValue: 5), Lot(id: "b", title: "B"),
                Lot(id: "c", title: "C", estimatedValue: 9),
                Lot(id: "d", title: "D", estimatedValue: 5),
            ]
            #expect(Rubric.Award.LotOrder.estimatedValue.awardSequence(of: lots) == [2, 0, 3, 1])
            #expect(Rubric.Award.LotOrder.listed.awardSequence(of: lots) == [0, 1, 2, 3])
        }
    }
}
