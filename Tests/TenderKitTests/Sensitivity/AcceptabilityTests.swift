import Foundation
import Testing

@testable import TenderKit

extension SensitivityTests {
    @Suite("Rank acceptability")
    struct AcceptabilityTests {
        static func sample() throws -> (LoadedRound, Decision) {
            let folder = ScoringTests.SampleDecisionTests.sampleFolder(
                "targeted-detached-youth-2024")
            let loaded = try #require(RoundLoader.load(folder: folder).round)
            return (loaded, RoundEvaluator.evaluate(loaded.scoringInput))
        }

        @Test("two runs give the same shares, and a plain re-count of the draws agrees")
        func reproducibleAndRecounted() throws {
            let (loaded, decision) = try Self.sample()
            let first = try #require(
                SensitivityAnalysis.analyse(decision, input: loaded.scoringInput))
            let second = SensitivityAnalysis.analyse(decision, input: loaded.scoringInput)
            #expect(first == second)
            let acceptability = try #require(first.acceptability)
            #expect(acceptability.draws == 1_000 && acceptability.seed == 2001)
            // The plain re-count: each draw's weights written into the rubric, the whole round
            // evaluated again by RoundEvaluator, and the awards counted.
            let draws = RankAcceptability.draws(
                around: loaded.rubric.criteria.map(\.weight), count: 1_000, seed: 2001)
            var counts: [String: Int] = [:]
            for draw in draws {
                #expect(abs(draw.reduce(0, +) - 100) < 1e-9)
                var changed = loaded
                for index in changed.rubric.criteria.indices {
                    #expect(abs(draw[index] - loaded.rubric.criteria[index].weight) <= 5 + 1e-9)
                    #expect(draw[index] >= 0)
                    changed.rubric.criteria[index].weight = draw[index]
                }
                for result in RoundEvaluator.evaluate(changed.scoringInput).submissions
                where result.status == .awarded {
                    counts[result.id, default: 0] += 1
                }
            }
            #expect(acceptability.awarded.count == counts.count)
            for share in acceptability.awarded {
                #expect(share.count == counts[share.submission])
                #expect(share.share == Double(counts[share.submission] ?? 0) / 1_000)
            }
            // More than one submission wins somewhere in the window, or the test proves little.
            #expect(acceptability.awarded.count > 1)
        }

        @Test("0 draws turn the acceptability off")
        func off() throws {
            let (loaded, decision) = try Self.sample()
            #expect(
                SensitivityAnalysis.analyse(decision, input: loaded.scoringInput, draws: 0)?
                    .acceptability == nil
            )
        }
    }
}
