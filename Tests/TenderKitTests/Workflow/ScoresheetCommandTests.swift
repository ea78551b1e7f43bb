import Foundation
import Testing

@testable import TenderKit
@testable import tender

extension FlowTests {
    /// `tender scoresheet`: one blank row per eligible submission the evaluator is not excluded
    /// from × panel-scored criterion, and never a quantitative value.
    @Suite("tender scoresheet")
    struct ScoresheetCommandTests {
        struct Sheet: Sendable, CustomTestStringConvertible {
            var sample: String
            var evaluator: String
            /// The submissions expected on the sheet, by hand from each sample's README.
            var submissions: [String]
            var testDescription: String { "\(sample) \(evaluator)" }
        }

        /// Each rubric's panel-scored criteria, in rubric order.
        static let quality = [
            "targeted-detached-youth-2024": [
                "youth-work-approach", "targeting-with-partners", "outcomes-and-voice",
                "workforce-and-safeguarding",
            ],
            "community-safety-fund-2024": [
                "need-and-evidence", "delivery-and-outcomes", "partnership-and-resources",
                "victims-and-confidence",
            ],
            "police-property-act-fund-2024": [
                "community-benefit", "priorities-fit", "delivery-and-accountability", "local-roots",
            ],
            "victim-care-and-advice-2024": [
                "victim-centred-model", "victims-code-delivery", "partnership-and-access",
                "technology-and-performance", "mobilisation-and-workforce",
            ],
        ]

        static let sheets: [Sheet] = [
            // Excluded by a declared trusteeship of tdy-2024-02's applicant.
            Sheet(
                sample: "targeted-detached-youth-2024", evaluator: "mhenderson",
                submissions: ["tdy-2024-01", "tdy-2024-03", "tdy-2024-04"]),
            // A pending possible conflict does not exclude.
            Sheet(
                sample: "targeted-detached-youth-2024", evaluator: "kdoyle",
                submissions: ["tdy-2024-01", "tdy-2024-02", "tdy-2024-03", "tdy-2024-04"]),
            // csf-2024-06 is ineligible; lbrennan is excluded from csf-2024-03.
            Sheet(
                sample: "community-safety-fund-2024", evaluator: "lbrennan",
                submissions: [
                    "csf-2024-01", "csf-2024-02", "csf-2024-04", "csf-2024-05", "csf-2024-07",
                ]),
            // A possible conflict ruled no-conflict keeps sjwhitfield on csf-2024-01.
            Sheet(
                sample: "community-safety-fund-2024", evaluator: "sjwhitfield",
                submissions: [
                    "csf-2024-01", "csf-2024-02", "csf-2024-03", "csf-2024-04", "csf-2024-05",
                    "csf-2024-07",
                ]),
            // ppaf-2024-05 is ineligible; a possible conflict ruled a conflict excludes jpattison from ppaf-2024-06.
            Sheet(
                sample: "police-property-act-fund-2024", evaluator: "jpattison",
                submissions: ["ppaf-2024-01", "ppaf-2024-02", "ppaf-2024-03", "ppaf-2024-04"]),
            Sheet(
                sample: "police-property-act-fund-2024", evaluator: "abell",
                submissions: ["ppaf-2024-01", "ppaf-2024-02", "ppaf-2024-04", "ppaf-2024-06"]),
            // vcas-2024-04 is ineligible; jadeyemi's declared partner excludes him from vcas-2024-02; a lapsed interest excludes nobody.
            Sheet(
                sample: "victim-care-and-advice-2024", evaluator: "jadeyemi",
                submissions: ["vcas-2024-01", "vcas-2024-03", "vcas-2024-05"]),
            Sheet(
                sample: "victim-care-and-advice-2024", evaluator: "ahussain",
                submissions: ["vcas-2024-01", "vcas-2024-02", "vcas-2024-03", "vcas-2024-05"]),
        ]

        @Test(
            "exactly one blank row per eligible, non-excluded submission × panel-scored criterion",
            arguments: sheets)
        func rows(_ sheet: Sheet) throws {
            let scratch = try Scratch()
            defer { scratch.remove() }
            let round = try Flow.copySample(sheet.sample, into: scratch)
            let criteria = try #require(Self.quality[sheet.sample])

            let run = Flow.run(["scoresheet", round, "--evaluator", sheet.evaluator])

            #expect(run.exit == 0)
            // Each row's five scored columns, then the titles and the scale for the person.
            let rows = sheet.submissions.flatMap { submission in
                criteria.map { "\(sheet.evaluator),\(submission),\($0),,," }
            }
            let lines = run.out.split(separator: "\n").map(String.init)
            #expect(
                lines.first
                    == "evaluator,submission,criterion,score,comment,submissionTitle,criterionTitle,scale"
            )
            #expect(lines.count == rows.count + 1)
            for (line, prefix) in zip(lines.dropFirst(), rows) {
                #expect(line.hasPrefix(prefix) && line.hasSuffix(",0-5"), "\(line)")
            }
        }

        @Test("no quantitative criterion or value appears on any sheet", arguments: sheets)
        func blindToPrice(_ sheet: Sheet) throws {
            let scratch = try Scratch()
            defer { scratch.remove() }
            let round = try Flow.copySample(sheet.sample, into: scratch)
            let (loaded, _) = try Flow.evaluate(round)

            let run = Flow.run(["scoresheet", round, "--evaluator", sheet.evaluator])

            for criterion in loaded.rubric.criteria where !criterion.isQuality {
                #expect(!run.out.contains(",\(criterion.id),"))
            }
            for submission in loaded.submissions {
                for field in ["price", "amountRequested"] {
                    guard let value = submission.json[field]?.number else { continue }
                    let digits = NumberText.decimal(value.decimal)
                    #expect(
                        !run.out.contains(digits)
                            && !run.out.contains(digits.replacingOccurrences(of: ",", with: "")),
                        "\(submission.id) \(field) \(digits) appears")
                }
            }
        }

        @Test(
            "--out writes the sheet and reports the number of rows on stderr; an unknown evaluator is exit 2"
        )
        func outFileAndUnknownEvaluator() throws {
            let scratch = try Scratch()
            defer { scratch.remove() }
            let round = try Flow.copySample("targeted-detached-youth-2024", into: scratch)
            let target = scratch.file("mhenderson.csv")

            let printed = Flow.run(["scoresheet", round, "--evaluator", "mhenderson"])
            let written = Flow.run([
                "scoresheet", round, "--evaluator", "mhenderson", "--out", target,
            ])
            let unknown = Flow.run(["scoresheet", round, "--evaluator", "mhendersen"])

            #expect(written.exit == 0)
            #expect(written.out.isEmpty)
            #expect(written.err.hasSuffix("Wrote \(target): 12 rows to score\n"))
            #expect(try Flow.read(target) == printed.out)
            #expect(unknown.exit == 2)
            #expect(
                unknown.errorLines == [
                    "tender scoresheet: error: invalid value 'mhendersen' for '--evaluator': "
                        + "unknown evaluator 'mhendersen' (did you mean 'mhenderson'?); the panel has nraine, sclarke, kdoyle, mhenderson"
                ])
        }
    }
}
