import Foundation
import Testing

@testable import TenderKit
@testable import tender

extension FlowTests {
    /// `tender init` refuses what `tender validate` rejects (through the same checks), takes the
    /// buyer, fund and award date, and a round it leaves with placeholders is not final.
    @Suite("tender init: the same checks as validate, and placeholders that say so")
    struct InitReadinessTests {
        @Test(
            "a value validate would reject is refused, naming its option",
            arguments: [
                (
                    ["--currency", "ÉÉÉ"],
                    "tender init: error: --currency: budget.currency must be a three-letter ISO 4217 code such as 'GBP', but it is 'ÉÉÉ'; nothing was written"
                ),
                (
                    ["--title", ""],
                    "tender init: error: --title: title must not be empty; nothing was written"
                ),
                (
                    ["--buyer-name", "  "],
                    "tender init: error: --buyer-name: buyer.name must not be empty; nothing was written"
                ),
                (
                    ["--opens", "2025-04-01", "--closes", "2025-03-01"],
                    "tender init: error: invalid value '2025-03-01' for '--closes': the round must close after it opens (2025-04-01)"
                ),
                (
                    ["--award-date", "2025-02-30"],
                    "tender init: error: invalid value '2025-02-30' for '--award-date': write a date as YYYY-MM-DD"
                ),
            ])
        func refusedLikeValidate(options: [String], message: String) throws {
            let scratch = try Scratch()
            defer { scratch.remove() }
            let folder = scratch.file("new-round")
            let run = Flow.run(
                ["init", folder, "--rubric", Flow.rubric("community-safety-fund.json")] + options)
            #expect(run.exit == 2)
            #expect(run.errorLines == [message])
            #expect(!FileManager.default.fileExists(atPath: folder))
        }

        @Test("--buyer-id, --buyer-name, --fund and --award-date are written to round.json")
        func newOptions() throws {
            let scratch = try Scratch()
            defer { scratch.remove() }
            let folder = scratch.file("ppaf-2025")
            let run = Flow.run([
                "init", folder, "--rubric", Flow.rubric("police-property-act-fund.json"),
                "--buyer-id", "GB-GOR-PC000151", "--buyer-name",
                "Police and Crime Commissioner for Cleveland", "--fund", "Police Property Act Fund",
                "--description", "Summer small grants.", "--budget", "6000", "--opens",
                "2025-06-02", "--closes", "2025-07-04", "--award-date", "2025-08-15",
            ])
            #expect(run.exit == 0)
            let round = try Flow.jsonObject(try Flow.read(folder + "/round.json"))
            let buyer = round["buyer"] as? [String: Any]
            #expect(buyer?["id"] as? String == "GB-GOR-PC000151")
            #expect(buyer?["name"] as? String == "Police and Crime Commissioner for Cleveland")
            #expect(round["fund"] as? String == "Police Property Act Fund")
            #expect(round["description"] as? String == "Summer small grants.")
            #expect(round["awardDate"] as? String == "2025-08-15")
            // What is left to do: the example evaluator, no submissions, the default OCDS prefix.
            #expect(
                run.warningLines.map { $0.replacingOccurrences(of: folder + "/", with: "") } == [
                    "panel.json:4:13: warning: evaluators[0] is still the example evaluator that tender init wrote ('Example Evaluator'); replace it with a real panel member",
                    "round.json:1:1: warning: the OCDS ocid prefix is still the default 'ocds-tender': register a prefix with the Open Contracting Partnership and set openData.ocidPrefix in round.json",
                    "submissions:1:1: warning: the round has no submissions yet: put one JSON file per submission in this folder",
                ])
        }

        /// The scenario: a fresh round kept its placeholders and evaluated as FINAL with
        /// "No award", publishing the placeholder buyer. Now each placeholder is a warning and a
        /// blocking item naming its field; `--strict` refuses to evaluate at all.
        @Test("a fresh round with its placeholders is provisional, with each field named")
        func placeholdersBlock() throws {
            let scratch = try Scratch()
            defer { scratch.remove() }
            let folder = scratch.file("fresh")
            #expect(
                Flow.run([
                    "init", folder, "--rubric", Flow.rubric("police-property-act-fund.json"),
                    "--opens", "2025-06-02",
                ]).exit == 0)

            let validate = Flow.run(["validate", folder])
            #expect(validate.exit == 0)
            #expect(validate.warningLines.count == 7)
            #expect(Flow.run(["validate", folder, "--strict"]).exit == 2)

            // status reports the warnings too (all but the OCDS prefix: it publishes nothing).
            #expect(Flow.run(["status", folder]).warningLines.count == 6)
            let status = try Flow.status(folder)
            #expect(status.exit == 3)
            #expect(
                status.blocking.map(\.kind) == Array(repeating: "incomplete-round", count: 5))
            let fields = (status.json["blocking"] as? [[String: Any]] ?? []).compactMap {
                $0["field"] as? String
            }
            #expect(
                fields == [
                    "panel.json evaluators[0]", "round.json budget.amount", "round.json buyer.id",
                    "round.json buyer.name", "round.json description",
                ])

            let strict = Flow.run(["evaluate", folder, "--strict"])
            #expect(strict.exit == 2)
            #expect(
                strict.err.hasSuffix(
                    "tender evaluate: 7 warnings (--strict treats warnings as errors); nothing was written\n"
                ))
            #expect(!FileManager.default.fileExists(atPath: folder + "/out"))
            let evaluate = Flow.run(["evaluate", folder, "--require-final"])
            #expect(evaluate.exit == 3)
            #expect(evaluate.warningLines.count == 7)
        }
    }
}
