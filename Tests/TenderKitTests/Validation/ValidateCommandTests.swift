import Foundation
import Testing

@testable import TenderKit
@testable import tender

extension ValidationTests {
    /// `tender validate` run in-process: exit codes, the one-line summaries on standard output,
    /// and `FILE:LINE:COLUMN: error: MESSAGE` lines on standard error.
    @Suite struct ValidateCommandTests {
        /// The stderr line `tender validate` prints for a case-table diagnostic (`FILE:L:C: MESSAGE`).
        static func errorLine(_ described: String, folder: String) -> String {
            let (location, message) = split(described)
            return
                "\(folder)/\(location): error: \(message.replacingOccurrences(of: "$ROUND/", with: folder + "/"))"
        }

        static func split(_ described: String) -> (String, String) {
            let separator = described.range(of: ": ")!
            return (
                String(described[..<separator.lowerBound]),
                String(described[separator.upperBound...])
            )
        }

        @Test func aCleanRoundExitsZeroWithASummary() {
            let console = ConsoleCapture()
            let path = BrokenFixture.baseRound
            #expect(console.run(["validate", path]) == 0)
            #expect(
                console.out
                    == "\(path): valid round 'mini-2024': 3 submissions, 3 evaluators, 8 scores\n")
            #expect(console.error == ValidateCaseTableTests.noHistory(path) + "\n")
        }

        @Test func aCleanRubricExitsZeroWithASummary() {
            let console = ConsoleCapture()
            let path = FilePath.join(BrokenFixture.baseRound, "rubric.json")
            #expect(console.run(["validate", path]) == 0)
            #expect(
                console.out
                    == "\(path): valid rubric 'mini-service' version 1: 3 criteria, 1 gate\n")
            #expect(console.error == "")
        }

        @Test func aBrokenRoundExitsTwoWithOneLinePerProblem() throws {
            let fixture = EveryProblemReportedTests.brokenEverywhere
            let (code, console, folder) = try TemporaryCopy.of(BrokenFixture.baseRound) { folder in
                try fixture.apply(in: folder)
                let console = ConsoleCapture()
                return (console.run(["validate", folder]), console, folder)
            }
            #expect(code == 2)
            #expect(console.out == "")
            #expect(
                console.errorLines == fixture.expected.map { Self.errorLine($0, folder: folder) }
                    + ["tender validate: 10 errors"])
        }

        @Test func aRuleErrorQuotesTheLineWithACaret() throws {
            let fixture = BrokenFixture(
                "unknown function", in: "rubric.json",
                replacing: #""value": "submission.price""#,
                with: #""value": "cuont(submission.partners)""#,
                expect: [])
            let (code, console, folder) = try TemporaryCopy.of(BrokenFixture.baseRound) { folder in
                try fixture.apply(in: folder)
                let console = ConsoleCapture()
                return (
                    console.run(["validate", FilePath.join(folder, "rubric.json")]), console, folder
                )
            }
            #expect(code == 2)
            #expect(
                console.errorLines == [
                    "\(folder)/rubric.json:55:17: error: unknown function 'cuont' (did you mean 'count'?)",
                    #"      "value": "cuont(submission.partners)","#,
                    "                ^",
                    "tender validate: 1 error",
                ])
        }

        @Test func aPathThatDoesNotExistExitsTwo() {
            let console = ConsoleCapture()
            #expect(console.run(["validate", "/no/such/rubric.json"]) == 2)
            #expect(console.out == "")
            #expect(
                console.errorLines == [
                    "/no/such/rubric.json:1:1: error: no such file or folder",
                    "tender validate: 1 error",
                ])
        }

        /// A clean path still gets its summary when another path on the command line is broken,
        /// and each path's problems come in the order the paths were given, wherever they live.
        @Test(arguments: [false, true])
        func cleanAndBrokenPathsTogetherExitTwo(brokenFirst: Bool) {
            let console = ConsoleCapture()
            let clean = BrokenFixture.baseRound
            let broken = "/no/such/round"
            let paths = brokenFirst ? [broken, clean] : [clean, broken]
            #expect(console.run(["validate"] + paths) == 2)
            #expect(
                console.outLines == [
                    "\(clean): valid round 'mini-2024': 3 submissions, 3 evaluators, 8 scores"
                ])
            let problems = [
                "\(broken):1:1: error: no such file or folder",
                ValidateCaseTableTests.noHistory(clean),
            ]
            #expect(
                console.errorLines == (brokenFirst ? problems : problems.reversed())
                    + ["tender validate: 1 error"])
        }

        @Test(arguments: [
            ([], ["tender validate: error: missing argument PATH"]),
            (
                ["--hlep"],
                ["tender validate: error: unknown option '--hlep' (did you mean '--help'?)"]
            ),
            (
                ["--strcit", "Rubrics"],
                ["tender validate: error: unknown option '--strcit' (did you mean '--strict'?)"]
            ),
            (
                ["--strict-mode", "Rubrics"],
                [
                    "tender validate: error: unknown option '--strict-mode' (did you mean '--strict'?)"
                ]
            ),
        ])
        func aWrongCommandLineExitsTwoWithTheUsage(arguments: [String], problem: [String]) {
            let console = ConsoleCapture()
            #expect(console.run(["validate"] + arguments) == 2)
            #expect(console.out == "")
            #expect(
                console.errorLines == problem + [
                    "Usage: tender validate PATH... [--strict]",
                    "Run 'tender validate --help' for more.",
                ])
        }

        @Test func anUnknownCommandSuggestsTheNearestOne() {
            let console = ConsoleCapture()
            #expect(console.run(["valdate", "Rubrics"]) == 2)
            #expect(
                console.errorLines == [
                    "tender: error: unknown command 'valdate' (did you mean 'validate'?)",
                    "Run 'tender --help' for the list of commands.",
                ])
        }

        @Test func noCommandAtAllExitsTwoWithTheOverview() {
            let console = ConsoleCapture()
            #expect(console.run([]) == 2)
            #expect(console.out == "")
            #expect(console.errorLines.first?.hasPrefix("OVERVIEW: tender evaluates") == true)
            #expect(console.errorLines.contains { $0.hasPrefix("    validate") })
        }

        @Test func helpExitsZeroWithTheUsage() {
            let console = ConsoleCapture()
            #expect(console.run(["validate", "--help"]) == 0)
            #expect(console.outLines.contains("USAGE: tender validate PATH... [--strict]"))
            #expect(console.error == "")
        }

        /// `tender validate Rubrics/*.json Samples/*` on the repository's own files exits 0.
        @Test func theRepositorysRubricsAndSamplesAreValid() throws {
            let rubrics = RepositoryFiles.names(in: "Rubrics", endingWith: ".json").map {
                RepositoryFiles.path("Rubrics/\($0)")
            }
            let samples = RepositoryFiles.names(in: "Samples").map {
                RepositoryFiles.path("Samples/\($0)")
            }
            .filter { FileManager.default.fileExists(atPath: FilePath.join($0, "round.json")) }
            try #require(rubrics.count >= 4 && samples.count >= 3)
            let console = ConsoleCapture()
            #expect(console.run(["validate", "--strict"] + rubrics + samples) == 0)
            #expect(console.error == "")
            #expect(console.outLines.count == rubrics.count + samples.count)
            for (line, path) in zip(console.outLines, rubrics + samples) {
                #expect(
                    line.hasPrefix(
                        "\(path): valid \(samples.contains(path) ? "round" : "rubric") '"))
            }
        }
    }
}

extension ValidationTests {
    /// Every broken fixture of the case tables, run through `tender validate`: each exits 2 and
    /// prints its diagnostics as `FILE:LINE:COLUMN: error: MESSAGE` lines, then a count; each
    /// allowed edit exits 0. Round cases validate the round folder, rubric cases `rubric.json`.
    @Suite struct ValidateCaseTableTests {
        static let roundCases =
            RoundFileTests.roundJSON + RoundFileTests.panelJSON + RoundFileTests.submissionJSON
            + RoundFileTests.allowed + ScoresCSVTests.rowProblems + ScoresCSVTests.fileProblems
            + ScoresCSVTests.allowed
            + RoundCheckTests.moderation + RoundCheckTests.clarificationsAndRulings
        static let rubricCases =
            RubricStructureTests.malformedJSON + RubricStructureTests.missingAndWrongFields
            + RubricStructureTests.unknownNamesAndValues + RuleCompilationTests.cases
            + RubricCheckTests.cases

        @Test(arguments: roundCases)
        func aBrokenRoundFolder(_ fixture: BrokenFixture) throws {
            try check(fixture, validating: "")
        }

        @Test(arguments: rubricCases)
        func aBrokenRubricFile(_ fixture: BrokenFixture) throws {
            try check(fixture, validating: "rubric.json")
        }

        /// The note `tender validate` gives a round without a history (the base round has none).
        static func noHistory(_ folder: String) -> String {
            DiagnosticFormatter().format(HistoryJournal.absenceNote(folder: folder))
        }

        private func check(_ fixture: BrokenFixture, validating relativePath: String) throws {
            let (code, console, folder) = try TemporaryCopy.of(BrokenFixture.baseRound) { folder in
                try fixture.apply(in: folder)
                let console = ConsoleCapture()
                return (
                    console.run(["validate", FilePath.join(folder, relativePath)]), console, folder
                )
            }
            let count = fixture.expected.count
            if count == 0 {
                #expect(code == 0)
                // The base round has no history.jsonl: that is its one note.
                #expect(console.error == Self.noHistory(folder) + "\n")
                #expect(console.outLines.count == 1)
                return
            }
            #expect(code == 2)
            #expect(console.out == "")
            let diagnosticLines = console.errorLines.filter { $0.hasPrefix(folder + "/") }
            #expect(
                diagnosticLines
                    == fixture.expected.map { ValidateCommandTests.errorLine($0, folder: folder) })
            #expect(
                console.errorLines.last == "tender validate: \(count) error\(count == 1 ? "" : "s")"
            )
        }
    }
}
