import Foundation
import Testing

@testable import TenderKit
@testable import tender

extension FlowTests {
    /// `tender status` names exactly what the decision record lists as blocking, on every sample,
    /// and exits 0 when the decision would be final, 3 when something blocks it.
    @Suite("tender status")
    struct StatusCommandTests {
        struct Expectation: Sendable, CustomTestStringConvertible {
            var sample: String
            var exit: Int32
            var blocking: [BlockingKey]
            var testDescription: String { sample }
        }

        /// By hand, from each sample's README ("Expected decision").
        static let samples: [Expectation] = [
            Expectation(sample: "community-safety-fund-2024", exit: 0, blocking: []),
            Expectation(sample: "police-property-act-fund-2024", exit: 0, blocking: []),
            Expectation(sample: "victim-care-and-advice-2024", exit: 0, blocking: []),
            Expectation(
                sample: "targeted-detached-youth-2024", exit: 3,
                blocking: [
                    BlockingKey(
                        "moderation-required", "tdy-2024-01", criterion: "targeting-with-partners"),
                    BlockingKey(
                        "insufficient-evaluators", "tdy-2024-02", criterion: "outcomes-and-voice"),
                    BlockingKey(
                        "insufficient-evaluators", "tdy-2024-02",
                        criterion: "workforce-and-safeguarding"),
                    BlockingKey("abnormally-low", "tdy-2024-03", criterion: "price"),
                    BlockingKey("possible-conflict", "tdy-2024-04", evaluator: "kdoyle"),
                ]),
        ]

        @Test(
            "status --format json blocks on exactly decision.json's blocking list",
            arguments: samples)
        func matchesDecisionRecord(_ expected: Expectation) throws {
            let scratch = try Scratch()
            defer { scratch.remove() }
            let round = try Flow.copySample(expected.sample, into: scratch)
            let out = scratch.file("out")
            let evaluate = Flow.run(["evaluate", round, "--out", out, "--format", "json"])
            #expect(evaluate.exit == 0)
            let record = try Flow.jsonObject(try Flow.read(out + "/decision.json"))
            let recorded = (record["blocking"] as? [[String: Any]] ?? []).map(
                BlockingKey.init(json:))

            let status = try Flow.status(round)

            #expect(status.exit == expected.exit)
            #expect(status.blocking == expected.blocking)
            #expect(status.blocking == recorded)
            #expect(
                status.blocking
                    == (try Flow.evaluate(round)).decision.blocking.map(BlockingKey.init))
            #expect(status.json["status"] as? String == record["status"] as? String)
            #expect(
                status.json["status"] as? String == (expected.exit == 0 ? "final" : "provisional"))
        }

        @Test(
            "the text shows the completeness matrix and, for each item, its evidence and settle command"
        )
        func provisionalText() throws {
            let scratch = try Scratch()
            defer { scratch.remove() }
            let round = try Flow.copySample("targeted-detached-youth-2024", into: scratch)

            let run = Flow.run(["status", round])

            #expect(run.exit == 3)
            let lines = run.out.split(separator: "\n", omittingEmptySubsequences: false).map(
                String.init)
            #expect(
                lines.first
                    == "targeted-detached-youth-2024: PROVISIONAL — 5 items block a final decision."
            )
            #expect(
                Array(lines[3...8]) == [
                    "              tdy-2024-01  tdy-2024-02  tdy-2024-03  tdy-2024-04",
                    "  nraine      3/4          4/4          4/4          4/4",
                    "  sclarke     4/4          2/4          4/4          4/4",
                    "  kdoyle      4/4          4/4          4/4          4/4 (?)",
                    "  mhenderson  4/4          excluded     4/4          4/4",
                    "  (?) a possible conflict awaits the chair's ruling",
                ])
            #expect(lines.filter { $0.hasPrefix("   settle: ") }.count == 5)
            #expect(lines.contains("1. moderation-required: tdy-2024-01 / targeting-with-partners"))
            #expect(lines.contains("5. possible-conflict: tdy-2024-04 / evaluator kdoyle"))
            #expect(
                lines.contains(
                    "   settle: tender decide \(round) conflict --evaluator kdoyle --submission tdy-2024-04 --conflict|--no-conflict --rationale \"…\""
                ))
        }

        @Test("the JSON gives each cell's counts and each item's evidence: the scores side by side")
        func provisionalJSON() throws {
            let scratch = try Scratch()
            defer { scratch.remove() }
            let round = try Flow.copySample("targeted-detached-youth-2024", into: scratch)

            let json = try Flow.status(round).json

            let rows = try #require(json["completeness"] as? [[String: Any]])
            #expect(
                rows.map { $0["evaluator"] as? String } == [
                    "nraine", "sclarke", "kdoyle", "mhenderson",
                ])
            let cell = { (row: Int, column: Int) -> [String: Any] in
                (rows[row]["submissions"] as? [[String: Any]] ?? [])[column]
            }
            #expect(cell(1, 1)["scored"] as? Int == 2 && cell(1, 1)["expected"] as? Int == 4)
            #expect(cell(3, 1)["excluded"] as? Bool == true && cell(3, 1)["expected"] as? Int == 0)
            #expect(
                cell(2, 3)["pendingConflict"] as? Bool == true
                    && cell(2, 2)["pendingConflict"] as? Bool == false)
            let items = try #require(json["blocking"] as? [[String: Any]])
            let spread = (items[0]["evidence"] as? [String] ?? []).map {
                String($0.prefix(while: { $0 != "—" }))
            }
            #expect(spread == ["nraine: 4 ", "sclarke: 1 ", "kdoyle: 4 ", "mhenderson: 3 "])
            #expect(
                items[4]["evidence"] as? [String] == [
                    "undeclared-person (possible): evaluator's own name \"Kieran Doyle\" may be \"K. Doyle\" (Trustee and secretary) named in the submission"
                ])
        }

        @Test("an unknown --format is a usage error (exit 2)")
        func unknownFormat() throws {
            let scratch = try Scratch()
            defer { scratch.remove() }
            let round = try Flow.copySample("community-safety-fund-2024", into: scratch)

            let run = Flow.run(["status", round, "--format", "xml"])

            #expect(run.exit == 2)
            #expect(
                run.errorLines == [
                    "tender status: error: invalid value 'xml' for '--format': use text or json"
                ])
        }
    }
}
