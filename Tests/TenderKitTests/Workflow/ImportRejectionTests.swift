import Foundation
import Testing

@testable import TenderKit
@testable import tender

extension FlowTests {
    /// `tender import` rejects a whole sheet for one bad row: every rejection the issue lists, each
    /// from a fixture sheet (a good row, then the bad one) imported into a copy of the provisional
    /// sample, where sclarke has not yet scored tdy-2024-02's outcomes-and-voice and
    /// workforce-and-safeguarding and mhenderson is excluded from tdy-2024-02.
    @Suite("tender import: rejections")
    struct ImportRejectionTests {
        struct Case: CustomTestStringConvertible, Sendable {
            var sheet: String
            var sample = "targeted-detached-youth-2024"
            var evaluator = "sclarke"
            var line: Int
            var column: Int
            var message: String
            var testDescription: String { sheet }
        }

        // Columns counted by hand: "sclarke," is 8 characters, "tdy-2024-02," 12,
        // "workforce-and-safeguarding," 27, "mhenderson," 11.
        static let cases: [Case] = [
            Case(
                sheet: "bad-header.csv", line: 1, column: 1,
                message:
                    "the header has no 'score' column: a scoresheet needs evaluator,submission,criterion,score,comment (in any order), but the header is 'evaluator,submission,criterion,mark,comment'"
            ),
            Case(
                sheet: "other-evaluator.csv", line: 3, column: 1,
                message: "row 2: this sheet is for evaluator 'sclarke', but the row is for 'nraine'"
            ),
            Case(
                sheet: "unknown-submission.csv", line: 3, column: 9,
                message: "row 2: unknown submission 'tdy-2024-09' (did you mean 'tdy-2024-01'?)"),
            Case(
                sheet: "unknown-criterion.csv", line: 3, column: 21,
                message: "row 2: unknown criterion 'staffing'"),
            Case(
                sheet: "quantitative-criterion.csv", line: 3, column: 21,
                message:
                    "row 2: criterion 'price' is quantitative (computed from the submission by the rubric), so the panel does not score it"
            ),
            Case(
                sheet: "score-above-scale.csv", line: 3, column: 48,
                message: "row 2: 6 is outside the scale: write a score from 0 to 5"),
            Case(
                sheet: "score-below-scale.csv", line: 3, column: 48,
                message: "row 2: -1 is outside the scale: write a score from 0 to 5"),
            Case(
                sheet: "score-not-number.csv", line: 3, column: 48,
                message: "row 2: 'four' is not a number: write a score from 0 to 5"),
            Case(
                sheet: "score-missing.csv", line: 3, column: 48,
                message: "row 2: the score is empty"),
            Case(
                sheet: "missing-comment.csv", line: 3, column: 50,
                message:
                    "row 2: the comment is empty, but the rubric requires a comment with every score (panel.requireComments)"
            ),
            Case(
                sheet: "excluded-pair.csv", evaluator: "mhenderson", line: 2, column: 12,
                message:
                    "row 1: evaluator 'mhenderson' is excluded from submission 'tdy-2024-02' by a conflict of interest, so may not score it"
            ),
            // csf-2024-06 fails a gate; "hmcallister," is 12 characters.
            Case(
                sheet: "ineligible-submission.csv", sample: "community-safety-fund-2024",
                evaluator: "hmcallister", line: 2, column: 13,
                message:
                    "row 1: submission 'csf-2024-06' is ineligible (it failed a gate), so it is not scored"
            ),
            Case(
                sheet: "duplicate-row.csv", line: 3, column: 1,
                message:
                    "row 2: evaluator 'sclarke' already scored submission 'tdy-2024-02' on criterion 'outcomes-and-voice' (line 2); remove one of the two rows"
            ),
            Case(
                sheet: "already-scored.csv", line: 3, column: 1,
                message:
                    "row 2: evaluator 'sclarke' already scored submission 'tdy-2024-01' on criterion 'youth-work-approach' (4 in scores.csv line 21); use --replace to replace it"
            ),
            Case(
                sheet: "short-row.csv", line: 3, column: 1,
                message:
                    "row 2 has 4 fields, but the header has 5 (evaluator,submission,criterion,score,comment)"
            ),
        ]

        @Test(
            "one bad row: a located error on stderr, exit 2, scores.csv byte-identical",
            arguments: cases)
        func rejected(_ example: Case) throws {
            let scratch = try Scratch()
            defer { scratch.remove() }
            let round = try Flow.copySample(example.sample, into: scratch)
            let before = try Flow.bytes(round + "/scores.csv")
            let sheet = Flow.fixture("import/" + example.sheet)

            let run = Flow.run(["import", round, sheet, "--evaluator", example.evaluator])

            #expect(run.exit == 2)
            #expect(
                run.errorLines == [
                    "\(sheet):\(example.line):\(example.column): error: \(example.message)"
                ])
            #expect(run.err.hasSuffix("tender import: 1 error; nothing was written\n"))
            #expect(run.out.isEmpty)
            #expect(try Flow.bytes(round + "/scores.csv") == before)
        }

        @Test("a row already scored is accepted with --replace")
        func alreadyScoredWithReplace() throws {
            let scratch = try Scratch()
            defer { scratch.remove() }
            let round = try Flow.copySample("targeted-detached-youth-2024", into: scratch)

            let run = Flow.run([
                "import", round, Flow.fixture("import/already-scored.csv"), "--evaluator",
                "sclarke", "--replace",
            ])

            #expect(run.exit == 0)
            #expect(
                run.out == """
                    added     tdy-2024-02 / outcomes-and-voice: 3
                    replaced  tdy-2024-01 / youth-work-approach: 3
                    1 added, 1 replaced, 0 left blank.

                    """)
            let rows = try Flow.rows(of: "sclarke", in: round)
            #expect(
                rows.filter { $0.hasPrefix("sclarke,tdy-2024-01,youth-work-approach,") }
                    == [
                        "sclarke,tdy-2024-01,youth-work-approach,3,On reflection the youth bus draws young people away."
                    ])
        }

        @Test("every bad row of a sheet is reported, in line order, and nothing is written")
        func everyProblemReported() throws {
            let scratch = try Scratch()
            defer { scratch.remove() }
            let round = try Flow.copySample("targeted-detached-youth-2024", into: scratch)
            let before = try Flow.bytes(round + "/scores.csv")
            let sheet = scratch.file("many.csv")
            try Flow.write(
                """
                evaluator,submission,criterion,score,comment
                sclarke,tdy-2024-02,outcomes-and-voice,9,Too high.
                sclarke,tdy-2024-02,workforce-and-safeguarding,4,Fine.
                sclarke,tdy-2024-07,price,x,
                """, to: sheet)

            let run = Flow.run(["import", round, sheet, "--evaluator", "sclarke"])

            #expect(run.exit == 2)
            #expect(
                run.errorLines == [
                    "\(sheet):2:40: error: row 1: 9 is outside the scale: write a score from 0 to 5",
                    "\(sheet):4:9: error: row 3: unknown submission 'tdy-2024-07' (did you mean 'tdy-2024-01'?)",
                    "\(sheet):4:21: error: row 3: criterion 'price' is quantitative (computed from the submission by the rubric), so the panel does not score it",
                    "\(sheet):4:27: error: row 3: 'x' is not a number: write a score from 0 to 5",
                    "\(sheet):4:29: error: row 3: the comment is empty, but the rubric requires a comment with every score (panel.requireComments)",
                ])
            #expect(run.err.hasSuffix("tender import: 5 errors; nothing was written\n"))
            #expect(try Flow.bytes(round + "/scores.csv") == before)
        }

        @Test("an unknown evaluator or a missing sheet is refused with exit 2")
        func unknownEvaluatorOrSheet() throws {
            let scratch = try Scratch()
            defer { scratch.remove() }
            let round = try Flow.copySample("targeted-detached-youth-2024", into: scratch)
            let before = try Flow.bytes(round + "/scores.csv")

            let stranger = Flow.run([
                "import", round, Flow.fixture("import/good.csv"), "--evaluator", "zz",
            ])
            let missing = Flow.run([
                "import", round, scratch.file("nowhere.csv"), "--evaluator", "sclarke",
            ])

            #expect(stranger.exit == 2)
            #expect(
                stranger.errorLines.first?.hasPrefix(
                    "tender import: error: invalid value 'zz' for '--evaluator': unknown evaluator 'zz'"
                ) == true)
            #expect(missing.exit == 2)
            #expect(
                missing.errorLines == [
                    "\(scratch.file("nowhere.csv")):1:1: error: the scoresheet cannot be read (is the path right?)"
                ])
            #expect(try Flow.bytes(round + "/scores.csv") == before)
        }
    }
}
