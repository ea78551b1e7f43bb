import Foundation
import Testing

@testable import TenderKit

extension SensitivityTests {
    /// `SensitivityModel` is the evaluation's own steps: at the rubric's weights its totals are the
    /// decision's to the bit, and at random weights it awards what `RoundEvaluator` awards for a
    /// rubric with those weights.
    @Suite("The model is the evaluation")
    struct ModelAgreementTests {
        @Test("the model agrees with RoundEvaluator on 150 random rounds at random weights")
        func agreesWithEvaluator() throws {
            var random = SeededGenerator(seed: 77_001)
            for number in 0..<150 {
                let loaded = try ScoringTests.RandomRounds.make(&random).load()
                let decision = RoundEvaluator.evaluate(loaded.scoringInput)
                let model = try #require(
                    SensitivityModel(decision: decision, input: loaded.scoringInput))
                let base = model.outcome(weights: model.baseWeights)
                // The analysis starts from the decision's outcome and the evaluation's step 6.
                #expect(base == ModelOutcome(decision: decision), "round \(number)")
                let pool = model.pool(weights: model.baseWeights)
                let recomputed = model.scoredSet(pool: pool)
                let reused = model.scoredSet(pool: pool, rejected: model.rejectedAtBase)
                #expect(recomputed.scored == reused.scored, "round \(number)")
                #expect(recomputed.fractions == reused.fractions, "round \(number)")
                let ranked = decision.submissions.filter { $0.rank != nil }
                #expect(
                    base.awarded.map { model.ids[$0] }
                        == decision.submissions.filter {
                            $0.status == .awarded
                        }.map(\.id), "round \(number)")
                #expect(base.order.count == ranked.count, "round \(number)")
                for (slot, position) in base.order.enumerated() {
                    #expect(base.totals[slot] == decision.submissions[position].total)
                }
                for draw in RankAcceptability.draws(
                    around: model.baseWeights, count: 3, seed: UInt64(number))
                {
                    var changed = loaded
                    for index in changed.rubric.criteria.indices {
                        changed.rubric.criteria[index].weight = draw[index]
                    }
                    let expected = RoundEvaluator.evaluate(changed.scoringInput).submissions.filter
                    {
                        $0.status == .awarded
                    }.map(\.id)
                    let outcome = model.outcome(weights: draw).awarded.map { model.ids[$0] }
                    #expect(outcome == expected, "round \(number) at \(draw)")
                }
            }
        }

        @Test("the draws' shortcut awards what the model awards, or leaves a tie to it")
        func drawShortcutAgreesWithModel() throws {
            var random = SeededGenerator(seed: 77_002)
            var decided = 0
            for number in 0..<150 {
                let loaded = try ScoringTests.RandomRounds.make(&random).load()
                let model = try #require(
                    SensitivityModel(
                        decision: RoundEvaluator.evaluate(loaded.scoringInput),
                        input: loaded.scoringInput))
                let set = model.scoredSet(pool: model.pool(weights: model.baseWeights))
                let shortcut = DrawAward(model: model, set: set)
                var scratch = DrawAward.Scratch()
                for draw in RankAcceptability.draws(
                    around: model.baseWeights, count: 5, seed: UInt64(number))
                where model.hasPool(set.pool, weights: draw) {
                    guard let awarded = shortcut.awarded(weights: draw, scratch: &scratch) else {
                        continue
                    }
                    decided += 1
                    #expect(
                        awarded.sorted() == model.outcome(weights: draw, cache: set).awarded,
                        "round \(number) at \(draw)")
                }
            }
            // Most random weightings have no deciding tie: the shortcut must have been taken.
            #expect(decided > 300)
        }
    }
}
