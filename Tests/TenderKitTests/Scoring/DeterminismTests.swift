import Foundation
import Testing

@testable import TenderKit

extension ScoringTests {
    /// The same round always gives the same decision.json, byte for byte.
    @Suite("Determinism")
    struct DeterminismTests {
        private func record(_ loaded: LoadedRound) -> [UInt8] {
            DecisionRecordWriter(
                decision: RoundEvaluator.evaluate(loaded.scoringInput), round: loaded
            ).write()
        }

        @Test(
            "a busy built round, evaluated twice and loaded twice, gives byte-identical decision.json"
        )
        func builtRound() throws {
            var random = SeededGenerator(seed: 7)
            var round = RandomRounds.make(&random)
            // Make sure there is something of everything to write: a tie, a moderation, a pending conflict.
            round.evaluators[0].name = "Jane Smith"
            round.submit(
                "t1", ["price": 100, "reach": 10, "amountRequested": 10], people: ["J Smith"])
            round.submit("t2", ["price": 100, "reach": 10, "amountRequested": 10])
            let loaded = try round.load()
            let first = record(loaded)
            #expect(record(loaded) == first)
            #expect(record(try round.load()) == first)
            #expect(!first.isEmpty)
        }

        @Test(
            "each sample, evaluated twice, gives byte-identical decision.json",
            arguments: SampleDecisionTests.samples.map(\.folder))
        func samples(_ folder: String) throws {
            let first = record(try SampleDecisionTests.load(folder))
            let second = record(try SampleDecisionTests.load(folder))
            #expect(first == second)
            let text = String(decoding: first, as: UTF8.self)
            #expect(text.contains("\"schemaVersion\""))
        }

        @Test("evaluating one round from several tasks at once gives the same bytes")
        func concurrentEvaluations() async throws {
            let loaded = try SampleDecisionTests.load("community-safety-fund-2024")
            let expected = record(loaded)
            let records = await withTaskGroup(of: [UInt8].self) { group in
                for _ in 0..<4 {
                    group.addTask {
                        DecisionRecordWriter(
                            decision: RoundEvaluator.evaluate(loaded.scoringInput), round: loaded
                        ).write()
                    }
                }
                var all: [[UInt8]] = []
                for await record in group { all.append(record) }
                return all
            }
            #expect(records.count == 4)
            #expect(records.allSatisfy { $0 == expected })
        }

        @Test("seeded random rounds give the same decision.json twice")
        func randomRounds() throws {
            var random = SeededGenerator(seed: 99)
            for _ in 0..<20 {
                let loaded = try RandomRounds.make(&random).load()
                #expect(record(loaded) == record(loaded))
            }
        }
    }
}
