import Foundation
import Testing

@testable import TenderKit
@testable import tender

extension FlowTests {
    /// The issue's scenarios on the Community Safety Fund sample, through the command line: one
    /// typing mistake used to leave every check green and an applicant quietly ineligible.
    @Suite("One typing mistake is never silent")
    struct SilentMistakeTests {
        /// `"benficiaries": 110` in csf-2024-03 and `"amountRequested": "£2,500"` in csf-2024-05:
        /// each a warning at its file; `--strict` refuses them; without it the run goes on.
        @Test func aMisspeltFieldAndAnAmountWrittenAsText() throws {
            let scratch = try Scratch()
            defer { scratch.remove() }
            let round = try Flow.copySample("community-safety-fund-2024", into: scratch)
            let third = round + "/submissions/csf-2024-03.json"
            let fifth = round + "/submissions/csf-2024-05.json"
            try Flow.write(
                try Flow.read(third).replacingOccurrences(
                    of: "\"beneficiaries\": 110", with: "\"benficiaries\": 110"), to: third)
            try Flow.write(
                try Flow.read(fifth).replacingOccurrences(
                    of: "\"amountRequested\": 9800", with: "\"amountRequested\": \"£2,500\""),
                to: fifth)

            let validate = Flow.run(["validate", round])
            let expected = [
                "\(third):1:1: warning: submission 'csf-2024-03' has no 'beneficiaries'; the nearest field it has is 'benficiaries': gate 'beneficiaries-stated' and the value of criterion 'cost-per-beneficiary' read submission.beneficiaries and cannot be evaluated for it, so the submission will be ineligible",
                "\(fifth):45:22: warning: submission.amountRequested is a string (\"£2,500\"), but gate 'grant-limit' needs a number here, so the submission will be ineligible: write it as a plain number without quotes, currency signs or commas, such as 2500",
            ]
            #expect(validate.exit == 0)
            #expect(validate.warningLines == expected)
            #expect(validate.err.hasSuffix("tender validate: 2 warnings\n"))

            let strict = Flow.run(["validate", "--strict", round])
            #expect(strict.exit == 2)
            #expect(strict.warningLines == expected)

            let evaluate = Flow.run(["evaluate", round, "--out", scratch.file("out")])
            #expect(evaluate.exit == 0)
            #expect(evaluate.warningLines == expected)
            #expect(
                Flow.run(["evaluate", round, "--strict", "--out", scratch.file("strict")]).exit == 2
            )
            #expect(!FileManager.default.fileExists(atPath: scratch.file("strict")))
        }

        /// A gate reading `round.budgte.amount` used to make every applicant ineligible with the
        /// round valid and FINAL; now no command gets past it.
        @Test func aMisspeltRoundPathStopsEveryCommand() throws {
            let scratch = try Scratch()
            defer { scratch.remove() }
            let round = try Flow.copySample("community-safety-fund-2024", into: scratch)
            let rubric = scratch.file("rubric.json")
            try Flow.write(
                try Flow.read(Flow.rubric("community-safety-fund.json")).replacingOccurrences(
                    of: "<= round.budget.amount", with: "<= round.budgte.amount"), to: rubric)
            let roundFile = round + "/round.json"
            try Flow.write(
                try Flow.read(roundFile).replacingOccurrences(
                    of: "\"\(Flow.rubric("community-safety-fund.json"))\"",
                    with: "\"../rubric.json\""),
                to: roundFile)
            let message =
                "\(rubric):74:127: error: round has no field 'budgte' (did you mean 'budget'?)"
            for command in ["validate", "status", "evaluate"] {
                let run = Flow.run([command, round])
                #expect(run.exit == 2, "\(command)")
                #expect(run.errorLines.first == message, "\(command)")
            }
        }
    }
}
