import Foundation
import Testing

@testable import TenderKit

extension ScoringTests {
    /// `LotAwardPlan` on 300 seeded random sets of lots, against its rules restated plainly:
    /// without a limit each lot goes to its first-ranked entry, as `AwardAllocator` awards a single
    /// contract; with a limit no bidder exceeds it, and each lot goes to the first entry (rank, id)
    /// whose bidder held fewer than the limit when the lot was awarded, every entry before it being
    /// passed over.
    @Suite("Lots: the award plan on random lots")
    struct LotAwardPlanRandomTests {
        struct Lots {
            var lots: [LotAwardPlan.LotEntries]
            var bidder: [Int]
        }

        static func randomLots(_ random: inout SeededGenerator) -> Lots {
            var lots: [LotAwardPlan.LotEntries] = []
            var bidder: [Int] = []
            for lot in 0..<random.int(1...5) {
                var entries: [AwardAllocator.Entry] = []
                for _ in 0..<random.int(0...5) {
                    let position = bidder.count
                    bidder.append(random.int(0...3))
                    entries.append(
                        AwardAllocator.Entry(
                            position: position, id: "s\(position)", rank: random.int(1...4),
                            total: Double(random.int(40...90)), amount: 100))
                }
                lots.append(LotAwardPlan.LotEntries(lot: "l\(lot)", entries: entries))
            }
            return Lots(lots: lots, bidder: bidder)
        }

        @Test(arguments: [UInt64(13), 2025, 40_417])
        func theRulesHold(seed: UInt64) {
            var random = SeededGenerator(seed: seed)
            for _ in 0..<100 {
                let example = Self.randomLots(&random)
                let limit = random.int(1...3)
                let unlimited = LotAwardPlan(limit: nil, minimumTotal: nil, bidder: example.bidder)
                    .award(example.lots)
                for (lot, outcome) in zip(example.lots, unlimited) {
                    let single = AwardAllocator(
                        entries: lot.entries,
                        award: Rubric.Award(
                            mode: .single,
                            amount: RubricRule(text: "1", location: .file(""), program: nil),
                            minimumTotal: nil, location: .file("")),
                        budget: Money(amount: 1_000, currency: "GBP"))
                    let awarded = single.outcomes.first { $0.value.status == .awarded }?.key
                    #expect(outcome.winner == awarded)
                    #expect(outcome.passedOver.isEmpty)
                }
                let limited = LotAwardPlan(limit: limit, minimumTotal: nil, bidder: example.bidder)
                    .award(example.lots)
                var held: [Int: Int] = [:]
                for (lot, outcome) in zip(example.lots, limited) {
                    let ordered = lot.entries.sorted { ($0.rank, $0.id) < ($1.rank, $1.id) }
                    let open = ordered.firstIndex {
                        held[example.bidder[$0.position], default: 0] < limit
                    }
                    #expect(outcome.winner == open.map { ordered[$0].position })
                    let before = ordered[..<(open ?? ordered.count)].map(\.position)
                    #expect(Set(outcome.passedOver.keys) == Set(before))
                    if let winner = outcome.winner { held[example.bidder[winner], default: 0] += 1 }
                }
                #expect(held.values.allSatisfy { $0 <= limit })
            }
        }
    }
}
