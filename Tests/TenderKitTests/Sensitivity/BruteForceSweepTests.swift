import Foundation
import Testing

@testable import TenderKit

/// The namespace of the sensitivity tests (`swift test --filter SensitivityTests`).
@Suite("Sensitivity")
enum SensitivityTests {}

extension SensitivityTests {
    /// The exact weight margins against a brute-force sweep at 0.01-point steps, on 200 seeded
    /// random rounds (`ScoringTests.RandomRounds`: thresholds, abnormally low values, tie-breaks
    /// and both award modes). For each ordered pair: no step below the exact margin changes the
    /// outcome, the outcome does change at or just above it, and a pair found robust never
    /// changes at any step.
    @Suite("Exact margins against a sweep")
    struct BruteForceSweepTests {
        static let seed: UInt64 = 20_261_202
        static let roundCount = 200

        @Test("exact margins agree with a 0.01-point sweep on 200 random rounds")
        func exactAgreesWithSweep() throws {
            var random = SeededGenerator(seed: Self.seed)
            var changed = 0
            var robust = 0
            for number in 0..<Self.roundCount {
                let loaded = try ScoringTests.RandomRounds.make(&random).load()
                let decision = RoundEvaluator.evaluate(loaded.scoringInput)
                let model = try #require(
                    SensitivityModel(decision: decision, input: loaded.scoringInput))
                let solver = WeightMarginSolver(
                    model: model, base: ModelOutcome(decision: decision))
                let count = loaded.rubric.criteria.count
                let problems = ParallelMap.map(count * count, minimumChunk: 1) { index in
                    let (from, to) = (index / count, index % count)
                    guard from != to else { return [String]() }
                    return Self.compare(solver, from: from, to: to)
                }.flatMap { $0 }
                #expect(problems.isEmpty, "round \(number): \(problems.joined(separator: "; "))")
                if !problems.isEmpty { return }
                for from in 0..<count {
                    for to in 0..<count where to != from {
                        if solver.margin(from: from, to: to) == nil {
                            robust += 1
                        } else {
                            changed += 1
                        }
                    }
                }
            }
            // The rounds must exercise both kinds of pair, or the comparison proves little.
            #expect(changed > 100)
            #expect(robust > 100)
        }

        static func compare(_ solver: WeightMarginSolver, from: Int, to: Int) -> [String] {
            let model = solver.model
            let exact = solver.margin(from: from, to: to)
            // Below an exact margin nothing may change; a robust pair is swept to the end.
            let steps = Int(((exact ?? model.baseWeights[from]) * 100).rounded(.down))
            var sweep: Double?
            for step in 0...steps {
                let t = Double(step) / 100
                if t < exact ?? .infinity,
                    model.outcome(
                        weights: model.weights(moving: t, from: from, to: to),
                        cache: solver.baseSet
                    ).awarded != solver.base.awarded
                {
                    sweep = t
                    break
                }
            }
            let pair = "\(model.rubric.criteria[from].id)→\(model.rubric.criteria[to].id)"
            guard let exact else {
                return sweep.map { ["\(pair): exact says robust, the sweep changes at \($0)"] }
                    ?? []
            }
            var problems: [String] = []
            if let sweep, exact > sweep + 1e-9 {
                problems.append(
                    "\(pair): exact \(exact) is beyond the sweep's first change at \(sweep)")
            }
            let end = model.baseWeights[from]
            let changes = [exact, min(end, exact + 1e-7)].contains { t in
                model.outcome(weights: model.weights(moving: t, from: from, to: to)).awarded
                    != solver.base.awarded
            }
            if !changes { problems.append("\(pair): nothing changes at the exact margin \(exact)") }
            return problems
        }
    }
}
