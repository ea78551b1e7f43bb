import Foundation
import Testing

@testable import TenderKit
@testable import tender

extension HostileInputTests {
    /// Commands that would destroy a round's inputs or mislead: each refused with a clear message
    /// and nothing written, or done right.
    @Suite struct DestructiveCommandTests {
        static let sample = RepositoryFiles.path("Samples/community-safety-fund-2024")

        /// A copy of a sample, with its rubric path made absolute so that the copy still finds it.
        static func withSample<Result>(_ body: (String) throws -> Result) throws -> Result {
            try TemporaryCopy.of(sample) { folder in
                let roundPath = FilePath.join(folder, "round.json")
                let text = try TemporaryCopy.read(roundPath).replacingOccurrences(
                    of: "../../Rubrics/", with: RepositoryFiles.path("Rubrics") + "/")
                try TemporaryCopy.write(text, to: roundPath)
                return try body(folder)
            }
        }

        @Test func aScoresheetIsNeverWrittenOverTheRoundsScores() throws {
            try Self.withSample { folder in
                let scores = FilePath.join(folder, "scores.csv")
                let before = try TemporaryCopy.read(scores)
                for out in [scores, FilePath.join(folder, "./submissions/../scores.csv")] {
                    let console = ConsoleCapture()
                    let code = console.run([
                        "scoresheet", folder, "--evaluator", "lbrennan", "--out", out,
                    ])
                    #expect(code == 2)
                    #expect(
                        console.errorLines.last
                            == "tender scoresheet: error: \(out) is the round's input \(scores): choose another output file"
                    )
                }
                #expect(try TemporaryCopy.read(scores) == before)
            }
        }

        @Test func aScoresheetIsNeverWrittenIntoTheSubmissionsFolder() throws {
            try Self.withSample { folder in
                let out = FilePath.join(folder, "submissions/sheet.json")
                let console = ConsoleCapture()
                #expect(
                    console.run(["scoresheet", folder, "--evaluator", "lbrennan", "--out", out])
                        == 2)
                #expect(!FileManager.default.fileExists(atPath: out))
            }
        }

        @Test(arguments: [".", "submissions", "submissions/x", ".."])
        func evaluateNeverWritesAmongTheRoundsFiles(out: String) throws {
            try Self.withSample { folder in
                let console = ConsoleCapture()
                let target = FilePath.join(folder, out)
                #expect(console.run(["evaluate", folder, "--out", target]) == 2)
                #expect(console.error.contains("would hold the round's own files"))
                #expect(
                    !FileManager.default.fileExists(atPath: FilePath.join(folder, "decision.json")))
                #expect(
                    !FileManager.default.fileExists(
                        atPath: FilePath.join(folder, "submissions/decision.json")))
            }
        }

        @Test func aRubricIsNeverWrittenOverByItsMethodology() throws {
            let folder = try TemporaryCopy.makeFolder()
            defer { try? FileManager.default.removeItem(atPath: folder) }
            let rubric = FilePath.join(folder, "rubric.json")
            try FileManager.default.copyItem(
                atPath: RepositoryFiles.path("Rubrics/community-safety-fund.json"), toPath: rubric)
            let console = ConsoleCapture()
            #expect(console.run(["rubric", rubric, "--out", rubric]) == 2)
            #expect(try TemporaryCopy.read(rubric).hasPrefix("{"))
        }

        @Test func initExplainsWhyItCannotCreateTheFolder() throws {
            let folder = try TemporaryCopy.makeFolder()
            defer { try? FileManager.default.removeItem(atPath: folder) }
            let file = FilePath.join(folder, "a-file")
            try TemporaryCopy.write("x", to: file)
            let console = ConsoleCapture()
            let code = console.run([
                "init", FilePath.join(file, "round"), "--rubric",
                RepositoryFiles.path("Rubrics/community-safety-fund.json"), "--title", "Round",
            ])
            #expect(code == 2)
            #expect(
                console.error
                    == "tender init: error: cannot create \(file)/round: \(file) is a file, not a folder, so nothing can be created inside it\n"
            )
            #expect(!console.error.contains("NSCocoaErrorDomain"))
        }

        @Test func aRubricPathThatIsAFolderIsReportedAtRoundJSON() throws {
            let diagnostics = try HostileRound.diagnostics { folder in
                try HostileRound.replace(
                    "\"rubric\": \"rubric.json\"", with: Array("\"rubric\": \"submissions\"".utf8),
                    in: "round.json", folder: folder)
            }
            #expect(
                diagnostics == [
                    "round.json:4:13: rubric: 'submissions' is a folder, not a rubric file ($ROUND/submissions); name the rubric's JSON file"
                ])
        }

        /// One broken submission file is one error: scores and decisions naming it are not
        /// reported again as naming an unknown submission.
        @Test func aBrokenSubmissionFileCausesNoCascade() throws {
            let diagnostics = try HostileRound.diagnostics { folder in
                try HostileRound.replace(
                    "\"partners\": [],", with: Array("\"partners\": [,".utf8),
                    in: "submissions/sub-alder.json", folder: folder)
            }
            #expect(
                diagnostics == [
                    "submissions/sub-alder.json:12:16: malformed JSON: found ',' where a value was expected"
                ])
        }

        @Test func noThreeSixtyGivingFileWhenNothingIsAwarded() throws {
            try Self.withSample { folder in
                let roundPath = FilePath.join(folder, "round.json")
                let text = try TemporaryCopy.read(roundPath).replacingOccurrences(
                    of: "\"amount\": 70000", with: "\"amount\": 1")
                try TemporaryCopy.write(text, to: roundPath)
                let out = FilePath.join(folder, "out")
                let console = ConsoleCapture()
                #expect(console.run(["evaluate", folder, "--format", "json,360giving"]) == 0)
                #expect(
                    console.error.contains(
                        "note: no 360giving.json or 360giving.csv: nothing is awarded, and a 360Giving file must hold at least one grant"
                    ))
                #expect(RepositoryFiles.namesIn(out) == [".tender-outputs", "decision.json"])
            }
        }

        /// `cd ROUND && tender evaluate .` and `tender evaluate ROUND` name the inputs alike.
        @Test func theInputsAreNamedAlikeWhateverThePathsSpelling() throws {
            let sourcePaths = [
                "round.json", "submissions/csf-2024-01.json", "scores.csv", "../../Rubrics/x.json",
            ]
            for path in sourcePaths {
                let fromInside = Self.inputName(folder: ".", path: path)
                let fromOutside = Self.inputName(
                    folder: "Samples/round/", path: FilePath.join("Samples/round", path))
                #expect(fromInside == fromOutside)
            }
        }

        static func inputName(folder: String, path: String) -> String {
            let load = RoundLoader.load(folder: sample)
            guard var round = load.round else { return "not loaded" }
            round.folder = folder
            round.round.rubricPath = "../../Rubrics/x.json"
            round.inputs = [RoundInput(SourceText(path: path, text: ""))]
            return round.inputNames.first ?? "no name"
        }

        @Test(.enabled(if: TenderExecutable.exists, "needs .build/debug/tender"))
        func evaluatingFromInsideTheRoundGivesTheSameBytes() throws {
            try Self.withSample { folder in
                let inside = try ExternalProcess.run(
                    ["evaluate", ".", "--out", "../inside", "--format", "md"],
                    executable: TenderExecutable.path, directory: folder)
                let outside = try ExternalProcess.run(
                    [
                        "evaluate", folder, "--out", FilePath.join(folder, "../outside"),
                        "--format", "md",
                    ],
                    executable: TenderExecutable.path, directory: "/")
                #expect((inside.code, outside.code) == (0, 0))
                let name = "award-rationale.md"
                let a = try Data(
                    contentsOf: URL(fileURLWithPath: FilePath.join(folder, "../inside/\(name)")))
                let b = try Data(
                    contentsOf: URL(fileURLWithPath: FilePath.join(folder, "../outside/\(name)")))
                #expect(a == b)
            }
        }
    }
}

extension RepositoryFiles {
    /// The names in an absolute folder, sorted (empty when it does not exist).
    static func namesIn(_ folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    }
}
