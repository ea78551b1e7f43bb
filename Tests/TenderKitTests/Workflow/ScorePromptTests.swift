import Foundation
import Testing

@testable import TenderKit
@testable import tender

extension FlowTests {
    /// `tender score` at a real keyboard: escape sequences never reach an answer, a blank score
    /// skips, '?' shows the scale again, and `--revise` keeps the old comment on Enter. Driven by
    /// the session with scripted lines, as a terminal would send them.
    @Suite("tender score: the prompt")
    struct ScorePromptTests {
        @Test(arguments: [
            ("\u{1B}[A4", "4"),  // arrow up, then 4
            ("3\u{1B}[D\u{1B}[C", "3"),  // arrow left and right after the 3
            ("\u{1B}OP2", "2"),  // F1
            ("\u{1B}[200~Good work\u{1B}[201~", "Good work"),  // bracketed paste
            ("a\tb\u{07}c\u{7F}", "a bc"),
            ("plain text", "plain text"),
        ])
        func escapeSequencesAreRemoved(typed: String, clean: String) {
            #expect(TerminalInput.clean(typed) == clean)
        }

        @Test func arrowKeysNeverEndUpInTheAnswer() throws {
            let scratch = try Scratch()
            defer { scratch.remove() }
            let round = try Flow.copySample("targeted-detached-youth-2024", into: scratch)
            let run = Flow.run(
                ["score", round, "--evaluator", "sclarke", "--submission", "tdy-2024-02"],
                input: ["\u{1B}[A3", "Standard\u{1B}[D measures.", "q"])
            #expect(run.exit == 0)
            #expect(
                try Flow.read(round + "/scores.csv").hasSuffix(
                    "sclarke,tdy-2024-02,outcomes-and-voice,3,Standard measures.\n"))
        }

        @Test func aBlankScoreSkipsAndTheEndCountsTheSkipped() throws {
            let scratch = try Scratch()
            defer { scratch.remove() }
            let round = try Flow.copySample("targeted-detached-youth-2024", into: scratch)
            let before = try Flow.read(round + "/scores.csv")
            let run = Flow.run(
                ["score", round, "--evaluator", "sclarke", "--submission", "tdy-2024-02"],
                input: ["", "4", "Well supervised."])
            #expect(run.exit == 0)
            #expect(
                run.out.hasSuffix(
                    "Done: 1 answer saved to \(round)/scores.csv; 1 skipped (still unscored: run the same command to score them).\n"
                ))
            #expect(
                try Flow.read(round + "/scores.csv")
                    == before
                    + "sclarke,tdy-2024-02,workforce-and-safeguarding,4,Well supervised.\n")
        }

        @Test func aQuestionMarkShowsTheScaleAgain() throws {
            let scratch = try Scratch()
            defer { scratch.remove() }
            let round = try Flow.copySample("targeted-detached-youth-2024", into: scratch)
            let run = Flow.run(
                ["score", round, "--evaluator", "sclarke", "--submission", "tdy-2024-02"],
                input: ["?", "q"])
            // Shown with the criterion, then again after '?'.
            #expect(run.out.components(separatedBy: "  0  Unacceptable: ").count - 1 == 2)
            #expect(!run.out.contains("is not a number"))
        }

        @Test func reviseKeepsTheOldCommentOnEnter() throws {
            let scratch = try Scratch()
            defer { scratch.remove() }
            let round = try Flow.copySample("targeted-detached-youth-2024", into: scratch)
            let before = try Flow.read(round + "/scores.csv")
            let oldRow = try #require(
                before.split(separator: "\n").first {
                    $0.hasPrefix("sclarke,tdy-2024-01,targeting-with-partners,")
                })
            let oldComment = String(
                oldRow.split(separator: ",", maxSplits: 4, omittingEmptySubsequences: false)[4])
            let run = Flow.run(
                [
                    "score", round, "--evaluator", "sclarke", "--submission", "tdy-2024-01",
                    "--revise",
                ],
                input: ["", "2", "", "q"])
            #expect(run.out.contains("Comment (Enter keeps: "))
            let after = try Flow.read(round + "/scores.csv")
            #expect(
                after.hasSuffix("sclarke,tdy-2024-01,targeting-with-partners,2,\(oldComment)\n"))
        }
    }
}
