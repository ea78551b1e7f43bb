import Foundation
import Testing

@testable import TenderKit
@testable import tender

extension FlowTests {
    /// `tender conflicts`: the assessment on screen (who, which submission, why, what was done,
    /// and the ruling command for a pending pair) and conflicts-assessment.md beside the outputs.
    @Suite("tender conflicts")
    struct ConflictsCommandTests {
        @Test(
            "the provisional sample: one pending possible with its ruling command, one declared match excluded"
        )
        func provisionalSample() throws {
            let scratch = try Scratch()
            defer { scratch.remove() }
            let round = try Flow.copySample("targeted-detached-youth-2024", into: scratch)

            let run = Flow.run(["conflicts", round])

            #expect(run.exit == 0)
            #expect(
                run.out == """
                    2 conflict-of-interest findings:

                    kdoyle (Kieran Doyle) and tdy-2024-04 (Hartlepool and East Cleveland Youth Collective): PENDING
                      undeclared-person, possible: evaluator's own name "Kieran Doyle" may be "K. Doyle" (Trustee and secretary) named in the submission
                      to rule: tender decide \(round) conflict --evaluator kdoyle --submission tdy-2024-04 --conflict|--no-conflict --rationale "…"

                    mhenderson (Margaret Henderson) and tdy-2024-02 (Zetland Youth Trust): EXCLUDED
                      declared-organisation, match: declared interest "Zetland Youth Trust" (2020-present) is the applicant "Zetland Youth Trust"; relationship: Trustee

                    """)
            #expect(run.err.hasSuffix("Wrote \(round)/out/conflicts-assessment.md\n"))
            let document = try Flow.read(round + "/out/conflicts-assessment.md")
            #expect(document.hasPrefix("# Conflicts of interest assessment: "))
            #expect(document.contains("Kieran Doyle") && document.contains("Margaret Henderson"))
            #expect(document.contains("**pending**") && document.contains("**excluded**"))
        }

        @Test("a ruling is shown with the finding it decided, and --out chooses the folder")
        func rulingShown() throws {
            let scratch = try Scratch()
            defer { scratch.remove() }
            let round = try Flow.copySample("police-property-act-fund-2024", into: scratch)
            let out = scratch.file("assessment")

            let run = Flow.run(["conflicts", round, "--out", out])

            #expect(run.exit == 0)
            let lines = run.out.split(separator: "\n").map(String.init)
            #expect(
                lines.contains(
                    "jpattison (Joanne Pattison) and ppaf-2024-06 (Seaton Youth Airwaves): EXCLUDED"
                ))
            #expect(
                lines.contains {
                    $0.hasPrefix(
                        "  chair's ruling: The engine found that Joanne Pattison's email domain (tvcan.org.uk)"
                    )
                })
            #expect(
                lines.contains(
                    "abell (Anthony Bell) and ppaf-2024-03 (Roseberry Over-60s Social Club): EXCLUDED"
                ))
            #expect(!run.out.contains("to rule:"))
            #expect(FileManager.default.fileExists(atPath: out + "/conflicts-assessment.md"))
            #expect(!FileManager.default.fileExists(atPath: round + "/out"))
        }

        @Test("ruling the pending pair changes what conflicts shows")
        func afterRuling() throws {
            let scratch = try Scratch()
            defer { scratch.remove() }
            let round = try Flow.copySample("targeted-detached-youth-2024", into: scratch)
            #expect(
                Flow.run([
                    "decide", round, "conflict", "--evaluator", "kdoyle", "--submission",
                    "tdy-2024-04", "--no-conflict",
                    "--rationale", "K. Doyle is Kathleen Doyle.",
                ]).exit == 0)

            let run = Flow.run(["conflicts", round])

            #expect(
                run.out.contains(
                    "kdoyle (Kieran Doyle) and tdy-2024-04 (Hartlepool and East Cleveland Youth Collective): KEPT\n"
                ))
            #expect(run.out.contains("  chair's ruling: K. Doyle is Kathleen Doyle.\n"))
            #expect(!run.out.contains("to rule:"))
        }

        @Test("a round with no finding says so")
        func noFindings() throws {
            let scratch = try Scratch()
            defer { scratch.remove() }
            let round = scratch.file("empty-round")
            #expect(
                Flow.run([
                    "init", round, "--rubric", Flow.rubric("community-safety-fund.json"), "--opens",
                    "2025-04-01",
                ]).exit == 0)

            let run = Flow.run(["conflicts", round])

            #expect(run.exit == 0)
            #expect(run.out == "No conflicts of interest found.\n")
        }
    }
}
