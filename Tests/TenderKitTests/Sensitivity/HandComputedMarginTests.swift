import Foundation
import Testing

@testable import TenderKit

extension SensitivityTests {
    /// Small rounds whose margins are worked out by hand in the comments, one evaluator per score.
    @Suite("Hand-computed margins")
    struct HandComputedMarginTests {
        typealias Builder = ScoringTests.RoundBuilder

        static func analyse(_ round: Builder) throws -> (SensitivityReport, LoadedRound, Decision) {
            let loaded = try round.load()
            let decision = RoundEvaluator.evaluate(loaded.scoringInput)
            let report = try #require(
                SensitivityAnalysis.analyse(decision, input: loaded.scoringInput, draws: 0))
            return (report, loaded, decision)
        }

        /// Quality criteria a and b (50 each, scale 0–5), single award. Totals: s1 50 + 10 = 60,
        /// s2 20 + 50 = 70 (awarded), s3 10 + 10 = 20. Moving t from b to a: s1 = 60 + 0.8t,
        /// s2 = 70 − 0.6t, equal at t = 10 ÷ 1.4 = 50/7. From a to b they only part. The runner-up
        /// s1 is 10 points short: a is at the top of the scale, b gives 10 points a scale point,
        /// so +1 on b. s3 is 50 short: +5 on either would pass the scale's 5.
        static func singleRound(tieBreak: [String]) -> Builder {
            var round = Builder([.quality("a", weight: 50), .quality("b", weight: 50)])
            round.tieBreak = tieBreak
            for (id, a, b) in [("s1", 5.0, 1.0), ("s2", 2.0, 5.0), ("s3", 1.0, 1.0)] {
                round.submit(id)
                round.score(id, "a", [a])
                round.score(id, "b", [b])
            }
            return round
        }

        @Test("single award: the crossing, a robust pair, the runner-up's score margin")
        func singleAward() throws {
            let (report, _, _) = try Self.analyse(Self.singleRound(tieBreak: []))
            let pairs = report.weightPairs.map { "\($0.from)→\($0.to)" }
            #expect(pairs == ["a→b", "b→a"])
            #expect(report.weightPairs[0].margin == nil)
            #expect(abs((report.weightPairs[1].margin ?? 0) - 50.0 / 7) < 1e-12)
            #expect(report.weightMargin.from == "b" && report.weightMargin.to == "a")
            #expect(report.weightMargin.awarded == ["s1"])
            #expect(report.scoreMargin.submission == "s1")
            #expect(report.scoreMargin.criterion == "b")
            #expect(abs((report.scoreMargin.increase ?? 0) - 1) < 1e-12)
            #expect(report.toWin.map(\.submission) == ["s1", "s3"])
            #expect(report.toWin[1].increase == nil && report.toWin[1].criterion == nil)
        }

        /// At t = 50/7 the totals tie (65.71…); the tie-break decides at the crossing itself:
        /// more points on a gives it to s1 there, more points on b keeps it with s2. Either way
        /// the margin is the crossing, and just beyond it s1 wins.
        @Test("a tie at the crossing point is decided by the tie-break", arguments: ["a", "b"])
        func tieAtCrossing(entry: String) throws {
            let (report, loaded, decision) = try Self.analyse(Self.singleRound(tieBreak: [entry]))
            let margin = try #require(report.weightMargin.margin)
            #expect(abs(margin - 50.0 / 7) < 1e-12)
            let model = try #require(
                SensitivityModel(decision: decision, input: loaded.scoringInput))
            let at = model.outcome(weights: model.weights(moving: margin, from: 1, to: 0))
            #expect(at.awarded.map { model.ids[$0] } == [entry == "a" ? "s1" : "s2"])
            let beyond = model.outcome(
                weights: model.weights(moving: margin + 1e-6, from: 1, to: 0))
            #expect(beyond.awarded.map { model.ids[$0] } == ["s1"])
        }

        /// s1 beats s2 on every criterion: no transfer changes anything, and s2 would need +8 on
        /// either criterion (80 points short, 10 points a scale point), beyond the scale.
        @Test("a robust decision has null margins")
        func robust() throws {
            var round = Builder([.quality("a", weight: 50), .quality("b", weight: 50)])
            for (id, score) in [("s1", 5.0), ("s2", 1.0)] {
                round.submit(id)
                round.score(id, "a", [score])
                round.score(id, "b", [score])
            }
            let (report, _, _) = try Self.analyse(round)
            #expect(report.weightMargin == .init(margin: nil, from: nil, to: nil, awarded: nil))
            #expect(report.weightPairs.allSatisfy { $0.margin == nil })
            #expect(report.scoreMargin == .init(submission: "s2", criterion: nil, increase: nil))
        }

        /// q (40) and r (20) panel-scored, price (40, ratio-to-best, lower), minimumQuality 50%.
        /// s1: q 5, r 0, price 100: quality 40/60, total 40 + 0 + 40 = 80 (awarded). s2: q 3, r 3,
        /// price 200: 24 + 12 + 20 = 56. Moving t from q to r, s1's quality is (40 − t)/60, below
        /// 50% beyond t = 10, long before the totals meet (t = 24): s1 leaves the pool, s2 becomes
        /// the best price and wins. From q to price, s1's quality is (40 − t)/(60 − t): below
        /// beyond t = 20; from price to r, 40/(60 + t): beyond t = 20 too.
        @Test("a margin set by minimumQuality")
        func minimumQuality() throws {
            var round = Builder([
                .quality("q", weight: 40), .quality("r", weight: 20),
                .quantitative(
                    "price", weight: 40, value: "submission.price", better: "lower",
                    method: "ratio-to-best"),
            ])
            round.minimumQuality = 50
            for (id, q, r, price) in [("s1", 5.0, 0.0, 100), ("s2", 3.0, 3.0, 200)] {
                round.submit(id, ["price": .json("\(price)")])
                round.score(id, "q", [q])
                round.score(id, "r", [r])
            }
            let (report, _, _) = try Self.analyse(round)
            let margins = Dictionary(
                uniqueKeysWithValues: report.weightPairs.map { ("\($0.from)→\($0.to)", $0.margin) })
            for (pair, expected) in [("q→r", 10.0), ("q→price", 20), ("price→r", 20)] {
                let margin = try #require(margins[pair] ?? nil, "\(pair)")
                #expect(abs(margin - expected) < 1e-9, "\(pair)")
            }
            for robust in ["r→q", "r→price", "price→q"] { #expect(margins[robust] == .some(nil)) }
            #expect(report.weightMargin.from == "q" && report.weightMargin.to == "r")
            #expect(report.weightMargin.awarded == ["s2"])
            // s2 is 24 short: +3 on q (8 a point) or +6 on r would pass the scale's 5.
            #expect(report.scoreMargin == .init(submission: "s2", criterion: nil, increase: nil))
        }

        /// Allocation, budget 1,000, a and b 50 each. s1 (5, 3) 80 points, 600: funded, 400 left;
        /// s2 (4, 3) 70, 500: does not fit; s3 (1, 4) 50, 400: funded, 0 left; s4 (2, 2) 40, 100:
        /// nothing left. Moving t from b to a: s3 = 50 − 0.6t meets s4 = 40 at t = 50/3; s4 then
        /// meets the 400 s3 met and is funded, and s3 no longer fits: {s1, s4}. From a to b, s3
        /// passes s2 (t = 25) and s1 (t = 30), which changes nothing: robust. s2 needs 80 (to
        /// pass s1, where 1,000 is left): +1 on a or b (10 points a scale point), a first in rubric
        /// order; s4 needs 50 (to pass s3, where 400 is left): +1 too.
        @Test("allocation: a swap that changes the funded set and swaps that do not")
        func allocation() throws {
            var round = Builder([.quality("a", weight: 50), .quality("b", weight: 50)])
            round.mode = "allocation"
            round.amount = "submission.amountRequested"
            round.budget = 1_000
            for (id, a, b, amount) in [
                ("s1", 5.0, 3.0, 600), ("s2", 4.0, 3.0, 500), ("s3", 1.0, 4.0, 400),
                ("s4", 2.0, 2.0, 100),
            ] {
                round.submit(id, ["amountRequested": .json("\(amount)")])
                round.score(id, "a", [a])
                round.score(id, "b", [b])
            }
            let (report, _, decision) = try Self.analyse(round)
            #expect(
                decision.submissions.filter { $0.status == .awarded }.map(\.id) == ["s1", "s3"])
            #expect(report.weightPairs[0].margin == nil)
            #expect(abs((report.weightPairs[1].margin ?? 0) - 50.0 / 3) < 1e-12)
            #expect(report.weightMargin.awarded == ["s1", "s4"])
            #expect(report.scoreMargin.submission == "s2" && report.scoreMargin.criterion == "a")
            #expect(abs((report.scoreMargin.increase ?? 0) - 1) < 1e-12)
            #expect(report.toWin.map(\.submission) == ["s2", "s4"])
            #expect(abs((report.toWin[1].increase ?? 0) - 1) < 1e-12)
        }
    }
}
