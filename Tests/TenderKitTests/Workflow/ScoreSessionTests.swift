import Foundation
import Testing

@testable import TenderKit
@testable import tender

extension FlowTests {
    /// `tender score` driven through piped input for a whole evaluator's sheet: interrupted half
    /// way by the end of input, resumed by a second run, and scores.csv then holds exactly the
    /// answers given, once each, after every other evaluator's untouched rows.
    ///
    /// The evaluator is mhenderson in a copy of the provisional sample with her rows removed: she
    /// is excluded from tdy-2024-02, so her sheet is tdy-2024-01, -03 and -04 × the four
    /// panel-scored criteria, 12 answers.
    @Suite("tender score: interrupted and resumed")
    struct ScoreSessionTests {
        /// The first run's lines: five answers, with wrong answers re-asked, then a score whose
        /// comment never comes (input ends). (A blank score would skip; see ScorePromptTests.)
        static let firstRun = [
            "4", "Good, practical approach.",
            "7", "abc", "3", "", "Relies on police data.",
            "-1", "4.5", "Quarterly reports and young people's panels.",
            "3", "Acceptable; mobilisation relies on recruitment.",
            "3", "Acceptable.",
            "2",
        ]

        static let secondRun = [
            "2", "Weak: no local partners named.",
            "4", "Good: recording contacts on the app.",
            "3", "Acceptable on paper.",
            "4", "Good.",
            "4", "Good partnership working.",
            "3", "Acceptable.",
            "3", "Acceptable.",
        ]

        /// The 12 rows expected at the end of scores.csv, in the order answered, as CSV.
        static let expectedRows = """
            mhenderson,tdy-2024-01,youth-work-approach,4,"Good, practical approach."
            mhenderson,tdy-2024-01,targeting-with-partners,3,Relies on police data.
            mhenderson,tdy-2024-01,outcomes-and-voice,4.5,Quarterly reports and young people's panels.
            mhenderson,tdy-2024-01,workforce-and-safeguarding,3,Acceptable; mobilisation relies on recruitment.
            mhenderson,tdy-2024-03,youth-work-approach,3,Acceptable.
            mhenderson,tdy-2024-03,targeting-with-partners,2,Weak: no local partners named.
            mhenderson,tdy-2024-03,outcomes-and-voice,4,Good: recording contacts on the app.
            mhenderson,tdy-2024-03,workforce-and-safeguarding,3,Acceptable on paper.
            mhenderson,tdy-2024-04,youth-work-approach,4,Good.
            mhenderson,tdy-2024-04,targeting-with-partners,4,Good partnership working.
            mhenderson,tdy-2024-04,outcomes-and-voice,3,Acceptable.
            mhenderson,tdy-2024-04,workforce-and-safeguarding,3,Acceptable.

            """

        @Test("a whole sheet, interrupted after five answers and resumed, is saved exactly once")
        func interruptAndResume() throws {
            let scratch = try Scratch()
            defer { scratch.remove() }
            let round = try Flow.copySample("targeted-detached-youth-2024", into: scratch)
            let others = try Flow.removeRows(of: "mhenderson", in: round)
            let scores = round + "/scores.csv"
            let command = ["score", round, "--evaluator", "mhenderson"]

            let first = Flow.run(command, input: Self.firstRun)

            #expect(first.exit == 0)
            #expect(first.out.hasPrefix("12 criteria to score."))
            #expect(
                first.out.hasSuffix(
                    "Stopped. 5 answers saved to \(scores); run the same command to carry on.\n"))
            let firstFive = Self.expectedRows.split(separator: "\n").prefix(5).map { $0 + "\n" }
                .joined()
            #expect(try Flow.read(scores) == others + firstFive)

            let second = Flow.run(command, input: Self.secondRun)

            #expect(second.exit == 0)
            #expect(second.out.hasPrefix("7 criteria to score."))
            // The counter is the position in the whole sheet of 12, not in this run's 7.
            #expect(second.out.contains("[6/12] Targeting hotspots with partners (weight 20)"))
            #expect(second.out.hasSuffix("Done: 7 answers saved to \(scores).\n"))
            #expect(try Flow.read(scores) == others + Self.expectedRows)

            let third = Flow.run(command, input: ["5", "Should not be asked."])
            #expect(
                third.out
                    == "Nothing to score: every assigned criterion already has your score (use --revise to change one).\n"
            )
            #expect(try Flow.read(scores) == others + Self.expectedRows)
        }

        @Test("out-of-scale, non-number and empty answers are re-asked with the reason, not saved")
        func wrongAnswersReasked() throws {
            let scratch = try Scratch()
            defer { scratch.remove() }
            let round = try Flow.copySample("targeted-detached-youth-2024", into: scratch)
            try Flow.removeRows(of: "mhenderson", in: round)

            let run = Flow.run(["score", round, "--evaluator", "mhenderson"], input: Self.firstRun)

            // A reason follows its prompt on the same line, after three spaces.
            let replies = run.out.split(separator: "\n").compactMap {
                $0.components(separatedBy: ":   ").dropFirst().last
            }
            #expect(
                replies.filter { $0 != "saved" } == [
                    "7 is outside the scale: write a score from 0 to 5",
                    "'abc' is not a number: write a score from 0 to 5",
                    "A comment is required: say why you gave this score.",
                    "-1 is outside the scale: write a score from 0 to 5",
                ])
            #expect(run.out.components(separatedBy: "  saved\n").count - 1 == 5)
            let rows = try Flow.rows(of: "mhenderson", in: round)
            #expect(rows.count == 5)
            #expect(
                !rows.contains {
                    $0.contains(",7,") || $0.contains(",abc,") || $0.contains(",-1,")
                        || $0.hasSuffix(",")
                })
        }

        @Test("the sheet leaves out the excluded submission and never shows a price")
        func blindAndExcluded() throws {
            let scratch = try Scratch()
            defer { scratch.remove() }
            let round = try Flow.copySample("targeted-detached-youth-2024", into: scratch)
            try Flow.removeRows(of: "mhenderson", in: round)

            let run = Flow.run(
                ["score", round, "--evaluator", "mhenderson"],
                input: Self.firstRun.dropLast() + Self.secondRun)

            #expect(run.exit == 0)
            let shown = run.out.split(separator: "\n").filter { $0.hasPrefix("tdy-2024-") }.map {
                String($0.prefix(11))
            }
            #expect(shown == ["tdy-2024-01", "tdy-2024-03", "tdy-2024-04"])
            for price in [
                "436800", "436,800", "268000", "268,000", "455000", "455,000", "412000", "412,000",
            ] {
                #expect(!run.out.contains(price), "the price \(price) is shown")
            }
            // Each of the 12 criteria shows every descriptor of the 0-5 scale.
            #expect(
                run.out.components(
                    separatedBy: "\n  5  Excellent: The response exceeds the requirement"
                ).count - 1 == 12)
            #expect(run.out.components(separatedBy: "\n  0  Unacceptable: ").count - 1 == 12)
        }
    }
}
