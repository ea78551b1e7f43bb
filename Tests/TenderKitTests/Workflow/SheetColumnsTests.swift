import Foundation
import Testing

@testable import TenderKit
@testable import tender

extension FlowTests {
    /// Scoresheets a person can fill in: title and scale columns that import ignores, columns found
    /// by name in any order, unknown columns ignored with one warning, a `;`-separated file named
    /// as such, scores kept as typed, and `scale.step` checked by the one `ScoreCheck` in
    /// scores.csv, a sheet and the terminal alike.
    @Suite("tender import: columns and steps")
    struct SheetColumnsTests {
        static let sample = "targeted-detached-youth-2024"

        private func sheet(_ text: String, in scratch: Scratch) throws -> String {
            let path = scratch.file("sheet.csv")
            try Flow.write(text, to: path)
            return path
        }

        @Test func theBlankSheetCarriesTitlesAndTheScaleAndImportsBackUnchanged() throws {
            let scratch = try Scratch()
            defer { scratch.remove() }
            let round = try Flow.copySample(Self.sample, into: scratch)
            let out = scratch.file("blank.csv")
            #expect(
                Flow.run(["scoresheet", round, "--evaluator", "sclarke", "--out", out]).exit == 0)
            let lines = try Flow.read(out).split(separator: "\n")
            #expect(
                lines.first
                    == "evaluator,submission,criterion,score,comment,submissionTitle,criterionTitle,scale"
            )
            #expect(lines.dropFirst().allSatisfy { $0.hasSuffix(",0-5") })
            // Filled in, it imports without a warning: the three extra columns are known.
            var filled = try Flow.read(out)
            let row = String(lines[1])
            let parts = row.split(separator: ",", maxSplits: 5, omittingEmptySubsequences: false)
            let scored = parts[0...2].joined(separator: ",") + ",3,Sound." + "," + parts[5]
            filled = filled.replacingOccurrences(of: row, with: scored)
            let run = Flow.run([
                "import", round, try sheet(filled, in: scratch), "--evaluator", "sclarke",
                "--replace",
            ])
            #expect(run.exit == 0, "\(run.err)")
            #expect(!run.err.contains("warning"))
            #expect(run.out.contains("1 replaced"))
        }

        @Test func columnsAreFoundByNameInAnyOrderAndUnknownOnesAreIgnoredOnce() throws {
            let scratch = try Scratch()
            defer { scratch.remove() }
            let round = try Flow.copySample(Self.sample, into: scratch)
            let text = """
                comment,notes,score,criterion,submission,evaluator,my total
                Clear voice.,x,3.1234567,outcomes-and-voice,tdy-2024-02,sclarke,1
                Well supervised.,y,4,workforce-and-safeguarding,tdy-2024-02,sclarke,2

                """
            let path = try sheet(text, in: scratch)
            let run = Flow.run(["import", round, path, "--evaluator", "sclarke"])
            #expect(run.exit == 0, "\(run.err)")
            #expect(
                run.err.hasSuffix(
                    "\n\(path):1:1: warning: columns 'notes', 'my total' are not scoresheet columns and are ignored\n"
                ))
            // The score is kept as typed: no rounding on import.
            #expect(
                try Flow.read(round + "/scores.csv").contains(
                    "sclarke,tdy-2024-02,outcomes-and-voice,3.1234567,Clear voice.\n"))
        }

        @Test func aSemicolonSeparatedFileIsNamedAsSuch() throws {
            let scratch = try Scratch()
            defer { scratch.remove() }
            let round = try Flow.copySample(Self.sample, into: scratch)
            let path = try sheet(
                "evaluator;submission;criterion;score;comment\nsclarke;tdy-2024-02;outcomes-and-voice;3;Fine.\n",
                in: scratch)
            let run = Flow.run(["import", round, path, "--evaluator", "sclarke"])
            #expect(run.exit == 2)
            #expect(
                run.err.contains(
                    "\(path):1:1: error: this file separates fields with ';': save it as comma-separated CSV"
                ))
            #expect(!run.err.contains("has 1 field"))
        }

        @Test func aMissingColumnIsNamed() throws {
            let scratch = try Scratch()
            defer { scratch.remove() }
            let round = try Flow.copySample(Self.sample, into: scratch)
            let path = try sheet(
                "evaluator,submission,criterion,comment\nsclarke,tdy-2024-02,outcomes-and-voice,Fine.\n",
                in: scratch)
            let run = Flow.run(["import", round, path, "--evaluator", "sclarke"])
            #expect(run.exit == 2)
            #expect(run.err.contains("error: the header has no 'score' column"))
        }

        /// The sample with a rubric of whole-number steps, in the scratch folder.
        private func steppedRound(in scratch: Scratch) throws -> String {
            let round = try Flow.copySample(Self.sample, into: scratch)
            let rubric = try Flow.read(Flow.rubric("targeted-detached-youth-services.json"))
                .replacingOccurrences(
                    of: "\"min\": 0,\n    \"max\": 5,",
                    with: "\"min\": 0,\n    \"max\": 5,\n    \"step\": 1,")
            #expect(rubric.contains("\"step\": 1"))
            try Flow.write(rubric, to: scratch.file("stepped.json"))
            let roundFile = round + "/round.json"
            let text = try Flow.read(roundFile).replacingOccurrences(
                of: Flow.rubric("targeted-detached-youth-services.json"),
                with: scratch.file("stepped.json"))
            try Flow.write(text, to: roundFile)
            return round
        }

        @Test func aScoreOffTheStepsIsAnErrorAtItsCellInASheet() throws {
            let scratch = try Scratch()
            defer { scratch.remove() }
            let round = try steppedRound(in: scratch)
            let path = try sheet(
                "evaluator,submission,criterion,score,comment\nsclarke,tdy-2024-02,outcomes-and-voice,3.5,Fine.\n",
                in: scratch)
            let run = Flow.run(["import", round, path, "--evaluator", "sclarke"])
            #expect(run.exit == 2)
            #expect(
                run.err.contains(
                    "\(path):2:40: error: row 1: 3.5 is not on the scale's steps of 1: write one of 0, 1, 2, 3, 4, 5"
                ))
        }

        @Test func aScoreOffTheStepsIsAnErrorInScoresCSV() throws {
            let scratch = try Scratch()
            defer { scratch.remove() }
            let round = try steppedRound(in: scratch)
            let scores = try Flow.read(round + "/scores.csv")
            try Flow.write(
                scores + "sclarke,tdy-2024-02,outcomes-and-voice,2.5,Fine.\n",
                to: round + "/scores.csv")
            let run = Flow.run(["validate", round])
            #expect(run.exit == 2)
            #expect(
                run.err.contains(
                    "error: row 62: 2.5 is not on the scale's steps of 1: write one of 0, 1, 2, 3, 4, 5"
                ))
        }

        @Test(arguments: [
            (nil as Double?, "3.5", nil as String?),
            (1, "3.5", "3.5 is not on the scale's steps of 1: write one of 0, 1, 2, 3, 4, 5"),
            (1, "4", nil), (0.5, "3.5", nil),
            (
                0.5, "3.25",
                "3.25 is not on the scale's steps of 0.5: write one of 0, 0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5"
            ),
            (0.1, "0.3", nil),  // 0.3 / 0.1 is 2.9999999999999996 in binary: within 1e-9 of 3
            (
                0.1, "0.35",
                "0.35 is not on the scale's steps of 0.1: write a score from 0 to 5 in steps of 0.1"
            ),
        ])
        func theOneScoreCheck(step: Double?, typed: String, message: String?) {
            var scale = Rubric.Scale(
                min: 0, max: 5, descriptors: [], location: .file("rubric.json"))
            scale.step = step
            switch ScoreCheck.parse(typed, scale: scale) {
            case .success: #expect(message == nil)
            case .failure(let problem):
                #expect(ScoreCheck.message(problem, scale: scale) == message)
            }
        }
    }
}
