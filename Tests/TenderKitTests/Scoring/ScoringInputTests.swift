import Testing

@testable import TenderKit

/// `ScoringInput`: what scoring reads, made from a loaded round without copying its storage.
@Suite("Scoring input")
struct ScoringInputTests {
    @Test("the input shares the loaded round's submissions and score columns (no copy)")
    func sharesStorage() throws {
        let load = RoundLoader.load(
            folder: RepositoryFiles.path("Samples/targeted-detached-youth-2024"))
        let round = try #require(load.round)
        let input = round.scoringInput

        #expect(input.scores.count == round.scores.count && input.scores.count > 0)
        #expect(Self.address(input.scores.scores) == Self.address(round.scores.scores))
        #expect(Self.address(input.scores.evaluators) == Self.address(round.scores.evaluators))
        #expect(Self.address(input.submissions) == Self.address(round.submissions))
        #expect(input.round.id == round.round.id && input.rubric.id == round.rubric.id)
    }

    private static func address<Element>(_ array: [Element]) -> UnsafeRawPointer? {
        array.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) }
    }
}
