import Testing

@testable import TenderKit

/// `ScoringQueue`: what an evaluator has left to score, and why a submission is not theirs.
@Suite("Scoring queue")
struct ScoringQueueTests {
    private static func evaluated(_ sample: String) throws -> (LoadedRound, Decision) {
        let load = RoundLoader.load(folder: RepositoryFiles.path("Samples/" + sample))
        let round = try #require(load.round, "the sample does not load: \(load.diagnostics)")
        return (round, RoundEvaluator.evaluate(round.scoringInput))
    }

    private static func evaluator(_ id: String, in round: LoadedRound) throws -> Int {
        try #require(round.panel.evaluators.firstIndex { $0.id == id })
    }

    @Test("one submission: its unscored criteria, numbered within its sheet")
    func oneSubmission() throws {
        let (round, decision) = try Self.evaluated("targeted-detached-youth-2024")
        let queue = try ScoringQueue(
            round: round, decision: decision,
            evaluator: try Self.evaluator("sclarke", in: round), submission: "tdy-2024-02")

        #expect(queue.sheetSize == 4)
        #expect(queue.items.map(\.number) == [3, 4])
        #expect(queue.items.allSatisfy { $0.existingRow == nil })
        let ids = queue.items.map { round.rubric.criteria[$0.criterion].id }
        #expect(ids == ["outcomes-and-voice", "workforce-and-safeguarding"])
    }

    @Test("revising: every assigned criterion, each scored one with its row")
    func revise() throws {
        let (round, decision) = try Self.evaluated("targeted-detached-youth-2024")
        let evaluator = try Self.evaluator("sclarke", in: round)
        let queue = try ScoringQueue(
            round: round, decision: decision, evaluator: evaluator, revise: true)

        #expect(queue.items.count == queue.sheetSize)
        #expect(queue.items.map(\.number) == Array(1...queue.sheetSize))
        for item in queue.items {
            guard let row = item.existingRow else { continue }
            #expect(Int(round.scores.evaluators[row]) == evaluator)
            #expect(Int(round.scores.submissions[row]) == item.submission)
            #expect(Int(round.scores.criteria[row]) == item.criterion)
        }
    }

    @Test("a submission the evaluator is excluded from, or an unknown id, is refused")
    func refusals() throws {
        let (round, decision) = try Self.evaluated("targeted-detached-youth-2024")
        let excluded = try Self.evaluator("mhenderson", in: round)
        #expect(
            throws: ScoringQueue.Refusal.notAssigned(
                "you are excluded from submission 'tdy-2024-02' by a conflict of interest, so you may not score it"
            )
        ) {
            try ScoringQueue(
                round: round, decision: decision, evaluator: excluded, submission: "tdy-2024-02")
        }
        #expect(throws: ScoringQueue.Refusal.unknownSubmission(reason: "no such submission")) {
            try ScoringQueue(
                round: round, decision: decision, evaluator: excluded,
                submission: "not-a-submission")
        }
    }

    @Test("an ineligible submission is nobody's to score")
    func ineligible() throws {
        let (round, decision) = try Self.evaluated("community-safety-fund-2024")
        let evaluator = try Self.evaluator("hmcallister", in: round)
        #expect(
            throws: ScoringQueue.Refusal.notAssigned(
                "submission 'csf-2024-06' is ineligible (it failed a gate), so it is not scored")
        ) {
            try ScoringQueue(
                round: round, decision: decision, evaluator: evaluator, submission: "csf-2024-06")
        }
    }
}
