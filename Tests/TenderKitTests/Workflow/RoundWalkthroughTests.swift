import Foundation
import Testing

@testable import TenderKit
@testable import tender

extension FlowTests {
    /// A whole round from the command line, as the README walks through it: `init` from a rubric,
    /// three submissions and a panel of three written in, each evaluator's scoresheet filled and
    /// imported, `status` naming what blocks, the chair settling each item with `decide`, and a
    /// final `evaluate`.
    @Suite("A whole round, from init to a final decision")
    struct RoundWalkthroughTests {
        /// What each evaluator writes on the sheet: (submission, criterion, score, comment).
        /// Hand-computed consequences (mean consensus, maxSpread 2, rubric in Fixtures/workflow/walkthrough):
        /// - wt-01 approach 5, 2, 4 spreads by 3: moderation required (agreed 4 → 4/5 × 40 = 32);
        ///   delivery 4, 4, 4 → 24; quality 56.
        /// - wt-02 approach 3 → 24; delivery (3 + 3 + 4) / 3 → 20; quality 44. creid may be its
        ///   trustee "C. Reid": a possible conflict awaiting a ruling.
        /// - wt-03 approach 10/3 → 26.67; delivery 8/3 → 16; quality 42.67. Its price 60,000 is
        ///   below (1 − 0.25) × (90,000 + 100,000) / 2 = 71,250: abnormally low.
        /// - Price, ratio to the best 60,000 (accepted) × 30: wt-01 20, wt-02 18, wt-03 30.
        /// - Totals: wt-01 76.00, wt-03 72.67, wt-02 62.00: wt-01 is awarded £90,000; £60,000 remains.
        static let sheets: [String: [(String, String, String, String)]] = [
            "aokafor": [
                ("wt-01", "approach", "5", "A clear, evidence-based model."),
                ("wt-01", "delivery", "4", "Good cover."),
                ("wt-02", "approach", "3", "Sound."), ("wt-02", "delivery", "3", "Adequate."),
                ("wt-03", "approach", "3", "Acceptable."),
                ("wt-03", "delivery", "2", "Thin staffing."),
            ],
            "bmorgan": [
                ("wt-01", "approach", "2", "Relies on a bus that draws young people away."),
                ("wt-01", "delivery", "4", "Good."),
                ("wt-02", "approach", "3", "Sound."), ("wt-02", "delivery", "3", ""),
                ("wt-03", "approach", "4", "Good use of data."),
                ("wt-03", "delivery", "3", "Acceptable."),
            ],
            "creid": [
                ("wt-01", "approach", "4", "Good."), ("wt-01", "delivery", "4", "Good."),
                ("wt-02", "approach", "3", "Acceptable."),
                ("wt-02", "delivery", "4", "Strong safeguarding."),
                ("wt-03", "approach", "3", "Acceptable."),
                ("wt-03", "delivery", "3", "Acceptable."),
            ],
        ]

        @Test(
            "init, submissions and panel, scoresheets imported, status, decide, evaluate --require-final"
        )
        func wholeRound() throws {
            let scratch = try Scratch()
            defer { scratch.remove() }
            let round = try newRound(in: scratch)
            let before = try Flow.status(round)
            #expect(before.exit == 3)
            #expect(before.blocking.filter { $0.kind == "insufficient-evaluators" }.count == 6)

            for evaluator in Self.sheets.keys.sorted() {
                let run = try importSheet(of: evaluator, into: round, scratch: scratch)
                #expect(run.exit == 0, "\(run.err)")
                #expect(run.out.hasSuffix("6 added, 0 replaced, 0 left blank.\n"))
            }
            let scored = try Flow.status(round)
            #expect(scored.exit == 3)
            #expect(
                scored.blocking == [
                    BlockingKey("moderation-required", "wt-01", criterion: "approach"),
                    BlockingKey("possible-conflict", "wt-02", evaluator: "creid"),
                    BlockingKey("abnormally-low", "wt-03", criterion: "price"),
                ])

            try settle(round)
            #expect(try Flow.status(round).exit == 0)
            let out = scratch.file("published")
            let evaluate = Flow.run(["evaluate", round, "--require-final", "--out", out])
            #expect(evaluate.exit == 0)
            #expect(
                evaluate.out == """
                    youth-outreach-pilot-2025: final
                      awarded  wt-01  North Quay Youth Project  £90,000.00
                    Remaining budget: £60,000.00

                    """)
            try expectDecision(try Flow.jsonObject(try Flow.read(out + "/decision.json")))
        }

        /// `tender init`, then the fixture's submissions and panel written into the new folder.
        private func newRound(in scratch: Scratch) throws -> String {
            let round = scratch.file("youth-outreach-pilot-2025")
            let initialise = Flow.run(
                [
                    "init", round, "--rubric", Flow.fixture("walkthrough/rubric.json"), "--title",
                    "Youth outreach pilot 2025",
                    "--budget", "150000", "--opens", "2025-01-06", "--closes", "2025-02-28",
                ] + Flow.realRoundOptions)
            #expect(initialise.exit == 0)
            for id in ["wt-01", "wt-02", "wt-03"] {
                try FileManager.default.copyItem(
                    atPath: Flow.fixture("walkthrough/submissions/\(id).json"),
                    toPath: "\(round)/submissions/\(id).json")
            }
            try FileManager.default.removeItem(atPath: round + "/panel.json")
            try FileManager.default.copyItem(
                atPath: Flow.fixture("walkthrough/panel.json"), toPath: round + "/panel.json")
            let validate = Flow.run(["validate", round])
            #expect(validate.exit == 0, "\(validate.err)")
            #expect(
                validate.out
                    == "\(round): valid round 'youth-outreach-pilot-2025': 3 submissions, 3 evaluators, 0 scores\n"
            )
            return round
        }

        /// The evaluator's blank sheet from `tender scoresheet`, filled in from `sheets`, imported.
        private func importSheet(of evaluator: String, into round: String, scratch: Scratch) throws
            -> FlowRun
        {
            let path = scratch.file("\(evaluator).csv")
            #expect(
                Flow.run(["scoresheet", round, "--evaluator", evaluator, "--out", path]).exit == 0)
            var text = try Flow.read(path)
            for (submission, criterion, score, comment) in Self.sheets[evaluator] ?? [] {
                // The blank row ends with the titles and the scale, which import ignores.
                let blank = "\(evaluator),\(submission),\(criterion),,,"
                var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(
                    String.init)
                let found = try #require(
                    lines.firstIndex { $0.hasPrefix(blank) }, "\(blank) is not on the sheet")
                lines[found] = "\(evaluator),\(submission),\(criterion),\(score),\"\(comment)\""
                text = lines.joined(separator: "\n")
            }
            try Flow.write(text, to: path)
            return Flow.run(["import", round, path, "--evaluator", evaluator])
        }

        /// The chair's three decisions, each the kind `status` asked for.
        private func settle(_ round: String) throws {
            let decisions = [
                [
                    "moderation", "--submission", "wt-01", "--criterion", "approach", "--score",
                    "4",
                    "--rationale",
                    "Moderation meeting: the bus is one part of a sound model; agreed 4 (Good).",
                ],
                [
                    "conflict", "--evaluator", "creid", "--submission", "wt-02", "--no-conflict",
                    "--rationale",
                    "C. Reid is Caroline Reid; Calum Reid confirmed in writing he has no connection.",
                ],
                [
                    "clarification", "--submission", "wt-03", "--criterion", "price", "--accepted",
                    "--rationale",
                    "The bidder showed its volunteers and donated premises account for the price.",
                ],
            ]
            for decision in decisions {
                let run = Flow.run(["decide", round] + decision)
                #expect(run.exit == 0, "\(run.err)")
            }
        }

        private func expectDecision(_ record: [String: Any]) throws {
            #expect(record["status"] as? String == "final")
            #expect((record["blocking"] as? [Any])?.isEmpty == true)
            let submissions = try #require(record["submissions"] as? [[String: Any]])
            #expect(submissions.map { $0["id"] as? String } == ["wt-01", "wt-02", "wt-03"])
            #expect(
                submissions.map { $0["status"] as? String } == [
                    "awarded", "not-awarded", "not-awarded",
                ])
            #expect(submissions.map { $0["rank"] as? Int } == [1, 3, 2])
            #expect(
                submissions.map { (($0["total"] as? Double ?? 0) * 100).rounded() / 100 } == [
                    76.00, 62.00, 72.67,
                ])
            #expect(submissions[0]["awarded"] as? Double == 90_000)
            #expect(record["remainingBudget"] as? Double == 60_000)
        }
    }
}
