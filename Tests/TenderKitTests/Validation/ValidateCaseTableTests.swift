import Testing
@testable import TenderKit
@testable import tender

extension ValidationTests {
    /// Every broken fixture of the case tables, run through `tender validate`: each exits 2 and
    /// prints its diagnostics as `FILE:LINE:COLUMN: error: MESSAGE` lines, then a count; each
    /// allowed edit exits 0. Round cases validate the round folder, rubric cases `rubric.json`.
    @Suite struct ValidateCaseTableTests {
        static let roundCases = RoundFileTests.roundJSON + RoundFileTests.panelJSON + RoundFileTests.submissionJSON
            + RoundFileTests.allowed + ScoresCSVTests.rowProblems + ScoresCSVTests.fileProblems + ScoresCSVTests.allowed
            + RoundCheckTests.moderation + RoundCheckTests.clarificationsAndRulings
        static let rubricCases = RubricStructureTests.malformedJSON + RubricStructureTests.missingAndWrongFields
            + RubricStructureTests.unknownNamesAndValues + RuleCompilationTests.cases + RubricCheckTests.cases

        @Test(arguments: roundCases)
        func aBrokenRoundFolder(_ fixture: BrokenFixture) throws {
            try check(fixture, validating: "")
        }

        @Test(arguments: rubricCases)
        func aBrokenRubricFile(_ fixture: BrokenFixture) throws {
            try check(fixture, validating: "rubric.json")
        }

        private func check(_ fixture: BrokenFixture, validating relativePath: String) throws {
            let (code, console, folder) = try TemporaryCopy.of(BrokenFixture.baseRound) { folder in
                try fixture.apply(in: folder)
                let console = ConsoleCapture()
                return (console.run(["validate", FilePath.join(folder, relativePath)]), console, folder)
            }
            let count = fixture.expected.count
            if count == 0 {
                #expect(code == 0)
                #expect(console.error == "")
                #expect(console.outLines.count == 1)
                return
            }
            #expect(code == 2)
            #expect(console.out == "")
            let diagnosticLines = console.errorLines.filter { $0.hasPrefix(folder + "/") }
            #expect(diagnosticLines == fixture.expected.map { ValidateCommandTests.errorLine($0, folder: folder) })
            #expect(console.errorLines.last == "tender validate: \(count) error\(count == 1 ? "" : "s")")
        }
    }
}
