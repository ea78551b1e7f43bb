import Foundation
import Testing

@testable import TenderKit

extension ScoringTests {
    /// Steps 8 and 9: totals, ranking highest first, ties within 1e-9 broken by the rubric's
    /// tie-break entries in order, and competition ranks for what stays tied.
    @Suite("Steps 8-9: totals, ties and tie-breaks")
    struct RankingTests {
        /// Quality `a` (50) and `b` (50); allocation with a budget large enough for everyone, so
        /// that ties do not block the award.
        private func round(tieBreak: [String] = []) -> RoundBuilder {
            var round = RoundBuilder([.quality("a", weight: 50), .quality("b", weight: 50)])
            round.mode = "allocation"
            round.tieBreak = tieBreak
            round.maxSpread = 5
            return round
        }

        private func tied(_ decision: Decision) -> [String] {
            decision.submissions.filter { $0.flags.contains { $0.kind == .tie } }.map(\.id)
        }

        @Test("totals within 1e-9 tie: shared competition rank (1, 1, 3) and the tie flag")
        func toleranceAndSharedRank() throws {
            var round = RoundBuilder([.quality("a", weight: 30), .quality("b", weight: 70)])
            round.mode = "allocation"
            round.maxSpread = 5
            round.submit("s1")
            round.submit("s2")
            round.submit("s3")
            round.score("s1", "a", [0, 0, 0])  // 0
            round.score("s1", "b", [0, 2, 5])  // 7/3 / 5 × 70 = 32.666…; total 98/3
            round.score("s2", "a", [0, 2, 5])  // 7/3 / 5 × 30 = 14
            round.score("s2", "b", [0, 0, 4])  // 4/3 / 5 × 70 = 18.666…; total 98/3
            round.score("s3", "a", [1, 1, 1])  // 6
            round.score("s3", "b", [1, 1, 1])  // 14; total 20
            let decision = try round.evaluate()
            let s1 = try decision.result("s1")
            let s2 = try decision.result("s2")
            ScoringTests.expectNear(s1.total, 98.0 / 3, "s1")
            ScoringTests.expectNear(s2.total, 98.0 / 3, "s2")
            // In floating point the two sums differ in the last bit; the 1e-9 tolerance makes them equal.
            #expect(s1.total != s2.total)
            #expect(decision.ranks == ["s1": 1, "s2": 1, "s3": 3])
            #expect(tied(decision) == ["s1", "s2"])
            #expect(decision.blocking.isEmpty)  // both are awarded: no tie blocks
        }

        struct TieBreakCase: CustomTestStringConvertible, Sendable {
            var tieBreak: [String]
            var ranks: [String: Int]
            var testDescription: String {
                tieBreak.isEmpty ? "no tie-break" : tieBreak.joined(separator: ", ")
            }
        }

        /// s1 a 4, b 2; s2 a 2, b 4: both 40 + 20 = 60. s1 price 200, reach 300; s2 price 100, reach 200.
        @Test(
            "each tie-break form",
            arguments: [
                TieBreakCase(tieBreak: ["a"], ranks: ["s1": 1, "s2": 2]),  // 40 > 20 on a
                TieBreakCase(tieBreak: ["b"], ranks: ["s1": 2, "s2": 1]),  // 40 > 20 on b
                // 100 < 200
                TieBreakCase(tieBreak: ["lower: submission.price"], ranks: ["s1": 2, "s2": 1]),
                TieBreakCase(tieBreak: ["higher: submission.price"], ranks: ["s1": 1, "s2": 2]),
                // 300 > 200
                TieBreakCase(tieBreak: ["higher: submission.reach"], ranks: ["s1": 1, "s2": 2]),
                TieBreakCase(
                    // the first entry decides
                    tieBreak: ["lower: submission.reach", "a"], ranks: ["s1": 2, "s2": 1]),
                TieBreakCase(
                    // cannot be evaluated for s2 (only s1 has a bonus): next
                    tieBreak: ["lower: submission.bonus", "b"], ranks: ["s1": 2, "s2": 1]),
                TieBreakCase(tieBreak: [], ranks: ["s1": 1, "s2": 1]),
            ])
        func tieBreakForms(_ example: TieBreakCase) throws {
            var round = round(tieBreak: example.tieBreak)
            round.submit("s1", ["price": 200, "reach": 300, "bonus": 1])
            round.submit("s2", ["price": 100, "reach": 200])
            round.score("s1", "a", [4, 4, 4])
            round.score("s1", "b", [2, 2, 2])
            round.score("s2", "a", [2, 2, 2])
            round.score("s2", "b", [4, 4, 4])
            let decision = try round.evaluate()
            #expect(decision.ranks == example.ranks.mapValues { Optional($0) })
            #expect(
                tied(decision) == (example.ranks["s1"] == example.ranks["s2"] ? ["s1", "s2"] : []))
        }

        @Test(
            "an entry that cannot be evaluated for one member breaks nothing; the next entry is tried"
        )
        func entryMissingForOneMember() throws {
            var round = round(tieBreak: ["lower: submission.price", "higher: submission.reach"])
            round.submit("s1", ["reach": 10])  // no price
            round.submit("s2", ["price": 100, "reach": 20])
            for id in ["s1", "s2"] {
                round.score(id, "a", [3, 3, 3])
                round.score(id, "b", [3, 3, 3])
            }
            let decision = try round.evaluate()
            // Price would make s2 win only if it could be compared; it cannot, so reach decides: 20 > 10.
            #expect(decision.ranks == ["s1": 2, "s2": 1])
            #expect(tied(decision) == [])
        }

        @Test("a criterion tie-break counts null points as 0")
        func nullPointsCountAsZero() throws {
            var round = round(tieBreak: ["a"])
            round.submit("s1")
            round.submit("s2")
            round.score("s1", "b", [5, 5, 5])  // a null (counts 0) + 50 = 50
            round.score("s2", "a", [1, 1, 1])  // 10
            round.score("s2", "b", [4, 4, 4])  // + 40 = 50
            let decision = try round.evaluate()
            #expect(try decision.result("s1").criterion("a").points == nil)
            #expect(decision.ranks == ["s1": 2, "s2": 1])  // 10 > 0 on a
        }

        @Test("entries split a three-way tie in order; what stays tied shares a rank")
        func threeWayTie() throws {
            var round = round(tieBreak: ["higher: submission.reach", "b"])
            round.submit("s1", ["reach": 10])
            round.submit("s2", ["reach": 10])
            round.submit("s3", ["reach": 20])
            round.submit("s4", ["reach": 99])
            for id in ["s1", "s2", "s3"] {
                round.score(id, "a", [3, 3, 3])  // 30
                round.score(id, "b", [3, 3, 3])  // 30: all 60
            }
            round.score("s4", "a", [1, 1, 1])  // 10
            round.score("s4", "b", [1, 1, 1])  // 10: 20
            let decision = try round.evaluate()
            // reach: s3 (20) first; s1 and s2 (10) stay tied, and b (30 = 30) does not separate them.
            #expect(decision.ranks == ["s1": 2, "s2": 2, "s3": 1, "s4": 4])
            #expect(tied(decision) == ["s1", "s2"])
            ScoringTests.expectNear(try decision.result("s4").total, 20, "s4")
        }

        @Test("a large tie names a few of the others, not all: the flags grow linearly")
        func largeTieFlag() throws {
            var round = round()
            for number in 1...6 {
                round.submit("s\(number)")
                round.score("s\(number)", "a", [3, 3, 3])
                round.score("s\(number)", "b", [3, 3, 3])
            }
            let decision = try round.evaluate()
            let flag = try #require(try decision.result("s1").flags.first { $0.kind == .tie })
            #expect(
                FlagWords.detail(flag)
                    == "shares rank 1 with s2, s3, s4 and 2 other submissions on 60.00 points; the tie-breaks did not separate them"
            )
            let two = try #require(try decision.result("s6").flags.first { $0.kind == .tie })
            #expect(
                FlagWords.detail(two).hasPrefix(
                    "shares rank 1 with s1, s2, s3 and 2 other submissions"))
        }
    }
}
