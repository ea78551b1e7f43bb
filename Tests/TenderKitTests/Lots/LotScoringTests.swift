import Foundation
import Testing

@testable import TenderKit

extension ScoringTests {
    /// Each lot's submissions are scored against each other only: quantitative best and worst,
    /// the abnormally-low pool and the ranking are the lot's.
    @Suite("Lots: scoring per lot")
    struct LotScoringTests {
        @Test("price points and ranks are computed within each lot")
        func pricePerLot() throws {
            // q 50 + price 50 ratio-to-best. l1: x1 100, x2 200 → 50, 25; l2: y1 1000 → 50.
            var round = RoundBuilder([
                .quality("q", weight: 50),
                .quantitative(
                    "price", weight: 50, value: "submission.price", better: "lower",
                    method: "ratio-to-best"),
            ])
            round.roundMembers = [
                ("lots", #"[{"id": "l1", "title": "One"}, {"id": "l2", "title": "Two"}]"#)
            ]
            for (id, lot, price) in [("x1", "l1", 100), ("x2", "l1", 200), ("y1", "l2", 1000)] {
                round.submit(id, ["lot": .json("\"\(lot)\""), "price": .json("\(price)")])
                round.score(id, "q", [5])
            }
            let decision = try round.evaluate()
            expectNear(try decision.result("x1").criterion("price").points, 50)
            expectNear(try decision.result("x2").criterion("price").points, 25)
            expectNear(try decision.result("y1").criterion("price").points, 50)
            #expect(decision.ranks == ["x1": 1, "x2": 2, "y1": 1])
            #expect(decision.statuses == ["x1": .awarded, "x2": .notAwarded, "y1": .awarded])
            #expect(try decision.result("y1").lot == "l2")
        }

        @Test("an abnormally low price is judged against its own lot only")
        func abnormallyLowPerLot() throws {
            // belowMeanBy 0.5. l1: 100, 300, 300: 100 < 0.5 × 300 → flagged. l2: 1000 alone.
            // Across the whole round 1000 would have flagged nothing in l1 (mean of others 466.67
            // and 700 for 100 and 300): the flag exists only because the pool is the lot's.
            var round = RoundBuilder([
                .quality("q", weight: 50),
                .quantitative(
                    "price", weight: 50, value: "submission.price", better: "lower",
                    method: "ratio-to-best", belowMeanBy: 0.5),
            ])
            round.roundMembers = [
                ("lots", #"[{"id": "l1", "title": "One"}, {"id": "l2", "title": "Two"}]"#)
            ]
            let bids = [("a", "l1", 100), ("b", "l1", 300), ("c", "l1", 300), ("d", "l2", 1000)]
            for (id, lot, price) in bids {
                round.submit(id, ["lot": .json("\"\(lot)\""), "price": .json("\(price)")])
                round.score(id, "q", [4])
            }
            let decision = try round.evaluate()
            #expect(decision.blockingSummary == ["abnormally-low a price -"])
        }
    }

    /// Which submissions are one bidder: a shared identifier, or the same normalised name where
    /// one of them gives no identifier.
    @Suite("Lots: bidder identity")
    struct BidderIdentityTests {
        typealias Org = Submission.Organisation

        @Test func identifiersThenNames() {
            let organisations = [
                Org(name: "Teesside Youth Trust Ltd", identifiers: ["GB-CHC-1"]),
                Org(name: "The Teesside Youth Trust Limited"),  // same name, no id: same bidder
                Org(name: "Other name", identifiers: ["gb-chc-1"]),  // same id: same bidder
                // Another identifier, but linked through the second's name, which gives none.
                Org(name: "Teesside Youth Trust", identifiers: ["GB-CHC-2"]),
                Org(name: "Moor Youth"),
                Org(name: "MOOR  youth."),
            ]
            #expect(BidderIdentity(organisations).bidder == [0, 0, 0, 0, 4, 4])
        }

        @Test func differentIdentifiersAreDifferentBidders() {
            let organisations = [
                Org(name: "Youth Trust", identifiers: ["GB-CHC-1"]),
                Org(name: "Youth Trust", identifiers: ["GB-CHC-2"]),
                Org(name: "Bay Project"),
            ]
            #expect(BidderIdentity(organisations).bidder == [0, 1, 2])
        }
    }
}
