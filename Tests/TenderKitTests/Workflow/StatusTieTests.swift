import Foundation
import Testing

@testable import TenderKit
@testable import tender

extension FlowTests {
    /// `tender status` on a tie that blocks a single award: both tied submissions are named, and
    /// the moderation its command suggests, filled in, settles it.
    @Suite("tender status: a tie that blocks")
    struct StatusTieTests {
        /// The walk-through rubric without its tie-break, and two identical tenders (wt-01 and a
        /// copy, wt-04) scored 4 on both criteria by all three evaluators: each totals
        /// 4/5 × 40 + 4/5 × 30 + 30 (the same best price) = 86, sharing rank 1.
        private func tiedRound(in scratch: Scratch) throws -> String {
            let rubric = scratch.file("no-tie-break.json")
            let text = try Flow.read(Flow.fixture("walkthrough/rubric.json"))
            let withoutTieBreak = text.replacingOccurrences(
                of: ",\n  \"tieBreak\": [\n    \"approach\"\n  ]", with: "")
            try #require(withoutTieBreak != text)
            try Flow.write(withoutTieBreak, to: rubric)
            let round = scratch.file("tied")
            #expect(
                Flow.run(
                    [
                        "init", round, "--rubric", rubric, "--budget", "150000", "--opens",
                        "2025-01-06",
                    ] + Flow.realRoundOptions
                ).exit == 0)
            try FileManager.default.removeItem(atPath: round + "/panel.json")
            try FileManager.default.copyItem(
                atPath: Flow.fixture("walkthrough/panel.json"), toPath: round + "/panel.json")
            let tender = try Flow.read(Flow.fixture("walkthrough/submissions/wt-01.json"))
            try Flow.write(tender, to: round + "/submissions/wt-01.json")
            try Flow.write(
                tender.replacingOccurrences(of: "wt-01", with: "wt-04").replacingOccurrences(
                    of: "North Quay", with: "South Quay"),
                to: round + "/submissions/wt-04.json")
            let rows = ["aokafor", "bmorgan", "creid"].flatMap { evaluator in
                ["wt-01", "wt-04"].flatMap { submission in
                    ["approach", "delivery"].map { "\(evaluator),\(submission),\($0),4,Good.\n" }
                }
            }
            try Flow.write(
                try Flow.read(round + "/scores.csv") + rows.joined(), to: round + "/scores.csv")
            return round
        }

        @Test("both tied submissions block; a moderation as suggested settles the award")
        func tie() throws {
            let scratch = try Scratch()
            defer { scratch.remove() }
            let round = try tiedRound(in: scratch)

            let status = try Flow.status(round)

            #expect(status.exit == 3)
            #expect(status.blocking == [BlockingKey("tie", "wt-01"), BlockingKey("tie", "wt-04")])
            let items = try #require(status.json["blocking"] as? [[String: Any]])
            let command = try #require(items.first?["command"] as? String)
            let suggestion =
                "tender decide \(round) moderation --submission wt-01 --criterion CRITERION --score SCORE --override --rationale \"…\""
            #expect(command.hasSuffix(suggestion))

            let moderation = Flow.run([
                "decide", round, "moderation", "--submission", "wt-01", "--criterion", "approach",
                "--score", "5", "--override",
                "--rationale", "The panel preferred wt-01's approach at moderation.",
            ])

            #expect(moderation.exit == 0)
            let settled = try Flow.status(round)
            #expect(settled.exit == 0)
            #expect(settled.blocking.isEmpty)
            let evaluate = Flow.run([
                "evaluate", round, "--require-final", "--out", scratch.file("out"), "--format",
                "json",
            ])
            #expect(evaluate.exit == 0)
            #expect(
                evaluate.out.contains("  awarded  wt-01  North Quay Youth Project  £90,000.00\n"))
        }
    }
}

/// `tender status` in a round with a large panel: each item's command stays one short line.
@Suite struct StatusLargePanelTests {
    @Test func insufficientEvaluatorsNamesAFewOfTheEvaluatorsWhoCouldScore() throws {
        // Eight evaluators, three scores needed, nobody has scored s1: naming all eight in the
        // command (and, on a national panel, a thousand) helps nobody.
        var round = ScoringTests.RoundBuilder([.quality("q", weight: 100)])
        round.evaluators = (1...8).map {
            ScoringTests.EvaluatorSpec("e\($0)", "Evaluator \($0) Name\($0)")
        }
        round.minIndependentEvaluators = 3
        round.submit("s1")
        let loaded = try round.load()
        let report = StatusReport(
            round: loaded, decision: RoundEvaluator.evaluate(loaded.scoringInput))
        let item = try #require(report.items.first { $0.blocking.kind == .insufficientEvaluators })
        let commands = item.command.components(separatedBy: "  or  ")
        #expect(
            Array(commands.prefix(3))
                == ["e1", "e2", "e3"].map {
                    "tender score \(SettleCommands.quoted(loaded.folder)) --evaluator \($0) --submission s1"
                })
        #expect(commands.count == 4)
        #expect(commands.last == "another evaluator who has not scored it")
    }
}
