import Foundation
import Testing

@testable import TenderKit
@testable import tender

extension FlowTests {
    /// `tender score` options and refusals: `--submission`, `--revise`, 'q', and the submissions
    /// an evaluator may not score.
    @Suite("tender score: options and refusals")
    struct ScoreCommandTests {
        @Test("--submission scores only that submission; the new rows go to the end of scores.csv")
        func oneSubmission() throws {
            let scratch = try Scratch()
            defer { scratch.remove() }
            let round = try Flow.copySample("targeted-detached-youth-2024", into: scratch)
            let before = try Flow.read(round + "/scores.csv")

            let run = Flow.run(
                ["score", round, "--evaluator", "sclarke", "--submission", "tdy-2024-02"],
                input: ["3", "Standard measures.", "4", "Well supervised."])

            #expect(run.exit == 0)
            #expect(run.out.hasPrefix("2 criteria to score."))
            #expect(
                run.out.contains("[3/4] Outcomes, reporting and young people's voice (weight 15)"))
            #expect(run.out.contains("[4/4] Workforce, safeguarding and mobilisation (weight 10)"))
            #expect(
                try Flow.read(round + "/scores.csv") == before + """
                    sclarke,tdy-2024-02,outcomes-and-voice,3,Standard measures.
                    sclarke,tdy-2024-02,workforce-and-safeguarding,4,Well supervised.

                    """)
        }

        @Test(
            "--revise shows each current score; Enter keeps it, a new answer replaces the old row")
        func revise() throws {
            let scratch = try Scratch()
            defer { scratch.remove() }
            let round = try Flow.copySample("targeted-detached-youth-2024", into: scratch)
            let before = try Flow.read(round + "/scores.csv")
            let oldRow = try #require(
                before.split(separator: "\n").first {
                    $0.hasPrefix("sclarke,tdy-2024-01,targeting-with-partners,")
                })

            let run = Flow.run(
                [
                    "score", round, "--evaluator", "sclarke", "--submission", "tdy-2024-01",
                    "--revise",
                ],
                input: ["", "3", "Police-led targeting is sound.", "", ""])

            #expect(run.exit == 0)
            #expect(run.out.hasPrefix("4 criteria to score."))
            #expect(run.out.contains("Your current score: 1 — Nothing on youth justice, schools"))
            #expect(run.out.hasSuffix("Done: 1 answer saved to \(round)/scores.csv.\n"))
            let expected =
                before.replacingOccurrences(of: oldRow + "\n", with: "")
                + "sclarke,tdy-2024-01,targeting-with-partners,3,Police-led targeting is sound.\n"
            #expect(try Flow.read(round + "/scores.csv") == expected)
        }

        @Test("'q' stops at once and saves nothing more; scores.csv is byte-identical")
        func quit() throws {
            let scratch = try Scratch()
            defer { scratch.remove() }
            let round = try Flow.copySample("targeted-detached-youth-2024", into: scratch)
            let before = try Flow.bytes(round + "/scores.csv")

            let atScore = Flow.run(["score", round, "--evaluator", "sclarke"], input: ["q"])
            let atComment = Flow.run(
                ["score", round, "--evaluator", "sclarke"], input: ["4", "q"])

            #expect(atScore.exit == 0)
            #expect(
                atScore.out.hasSuffix(
                    "Stopped. 0 answers saved to \(round)/scores.csv; run the same command to carry on.\n"
                ))
            #expect(atComment.exit == 0)
            #expect(try Flow.bytes(round + "/scores.csv") == before)
        }

        struct Refusal: Sendable, CustomTestStringConvertible {
            var sample: String
            var arguments: [String]
            var message: String
            var testDescription: String { arguments.joined(separator: " ") }
        }

        static let refusals: [Refusal] = [
            Refusal(
                sample: "targeted-detached-youth-2024",
                arguments: ["--evaluator", "mhenderson", "--submission", "tdy-2024-02"],
                message:
                    "tender score: error: you are excluded from submission 'tdy-2024-02' by a conflict of interest, so you may not score it"
            ),
            Refusal(
                sample: "community-safety-fund-2024",
                arguments: ["--evaluator", "hmcallister", "--submission", "csf-2024-06"],
                message:
                    "tender score: error: submission 'csf-2024-06' is ineligible (it failed a gate), so it is not scored"
            ),
            Refusal(
                sample: "targeted-detached-youth-2024",
                arguments: ["--evaluator", "sclarke", "--submission", "tdy-2024-9"],
                message:
                    "tender score: error: invalid value 'tdy-2024-9' for '--submission': no such submission"
            ),
            Refusal(
                sample: "targeted-detached-youth-2024", arguments: ["--evaluator", "sclark"],
                message:
                    "tender score: error: invalid value 'sclark' for '--evaluator': unknown evaluator 'sclark' (did you mean 'sclarke'?)"
            ),
        ]

        @Test(
            "a submission the evaluator may not score, or an unknown id, is refused with exit 2",
            arguments: refusals)
        func refused(_ refusal: Refusal) throws {
            let scratch = try Scratch()
            defer { scratch.remove() }
            let round = try Flow.copySample(refusal.sample, into: scratch)
            let before = try Flow.bytes(round + "/scores.csv")

            let run = Flow.run(
                ["score", round] + refusal.arguments, input: ["3", "Should never be asked."])

            #expect(run.exit == 2)
            #expect(run.errorLines.first?.hasPrefix(refusal.message) == true, "\(run.err)")
            #expect(!run.out.contains("criteria to score"))
            #expect(try Flow.bytes(round + "/scores.csv") == before)
        }

        @Test(
            "a grant application is shown without the amount requested or the beneficiaries behind the cost per head"
        )
        func blindToValueForMoney() throws {
            let scratch = try Scratch()
            defer { scratch.remove() }
            let round = try Flow.copySample("community-safety-fund-2024", into: scratch)

            let run = Flow.run([
                "score", round, "--evaluator", "hmcallister", "--submission", "csf-2024-01",
                "--revise",
            ])

            #expect(run.exit == 0)
            #expect(
                run.out.contains(
                    "csf-2024-01: Safer Nights Middlesbrough: volunteer welfare patrols in the night-time economy\n"
                ))
            #expect(run.out.contains("Organisation: Teesside Night Guardians (cio)"))
            #expect(
                run.out.contains(
                    "The applicant says: Cleveland Police data supplied to the Middlesbrough Community Safety Partnership"
                ))
            #expect(run.out.contains("deliveryAreas: middlesbrough"))
            #expect(!run.out.contains("amountRequested"))
            #expect(!run.out.contains("18500") && !run.out.contains("18,500"))
            #expect(!run.out.contains("beneficiaries:"))
        }
    }
}
