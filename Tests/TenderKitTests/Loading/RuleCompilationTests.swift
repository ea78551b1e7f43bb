import Testing

@testable import TenderKit

extension ValidationTests {
    /// Rule expressions that do not compile: each error points at its exact column inside the JSON
    /// string, past escapes, non-ASCII characters and a tie-break's `lower:` prefix, and quotes the line.
    @Suite struct RuleCompilationTests {
        static let cases: [BrokenFixture] = [
            BrokenFixture(
                "an unknown function in a quantitative value", in: "rubric.json",
                replacing: #""value": "submission.price""#,
                with: #""value": "cuont(submission.partners)""#,
                expect: ["rubric.json:55:17: unknown function 'cuont' (did you mean 'count'?)"]),
            BrokenFixture(
                "a misspelt root after a tie-break prefix", in: "rubric.json",
                replacing: #""lower: submission.price""#, with: #""lower: submision.price""#,
                expect: ["rubric.json:61:36: unknown name 'submision' (did you mean 'submission'?)"]
            ),
            // Decoded, `cuont` is at offset 46; the two backslashes before it put it at raw offset 48.
            BrokenFixture(
                "an error after escaped quotes", in: "rubric.json",
                replacing: #""rule": "submission.price <= round.budget.amount""#,
                with: #""rule": "submission.organisation.type == \"charity\" and cuont(1) > 0""#,
                expect: ["rubric.json:34:64: unknown function 'cuont' (did you mean 'count'?)"]),
            // Columns count characters: 'é' and '£' are two bytes each but one column.
            BrokenFixture(
                "an error after non-ASCII text", in: "rubric.json",
                replacing: #""rule": "submission.price <= round.budget.amount""#,
                with: #""rule": "submission.title != \"Café £\" and pryce > 0""#,
                expect: [
                    "rubric.json:34:51: unknown name 'pryce': paths start with submission, round or rubric"
                ]),
            BrokenFixture(
                "a number with a thousands separator", in: "rubric.json",
                replacing: #""rule": "submission.price <= round.budget.amount""#,
                with: #""rule": "submission.price <= 100,000""#,
                expect: [
                    "rubric.json:34:39: write numbers without thousands separators: 1500000, not 1,500,000"
                ]),
            BrokenFixture(
                "an audit duration that is cut short", in: "rubric.json",
                replacing: #""durationMonths": "submission.durationMonths""#,
                with: #""durationMonths": "submission.durationMonths *""#,
                expect: ["rubric.json:64:51: the rule ends too early: expected a value"]),
        ]

        @Test(arguments: cases)
        func reportsTheColumnInsideTheString(_ fixture: BrokenFixture) throws {
            let diagnostics = try fixture.rubricDiagnostics()
            #expect(diagnostics == fixture.expected)
        }

        @Test func aGateRuleThatGivesANumberIsReportedAtItsStart() throws {
            let fixture = BrokenFixture(
                "a gate rule that gives a number", in: "rubric.json",
                replacing: #""rule": "submission.price <= round.budget.amount""#,
                with: #""rule": "1 + 2""#,
                expect: [
                    "rubric.json:34:16: a gate rule must give true or false, but this expression gives a number"
                ])
            let diagnostics = try fixture.rubricDiagnostics()
            #expect(diagnostics.map { $0.prefix(18) } == ["rubric.json:34:16:"])
            #expect(diagnostics == fixture.expected)
        }

        @Test func everyErrorInOneExpressionIsReported() throws {
            let fixture = BrokenFixture(
                "two errors", in: "rubric.json",
                replacing: #""value": "submission.price""#,
                with: #""value": "cuont(submision.partners)""#,
                expect: [
                    "rubric.json:55:17: unknown function 'cuont' (did you mean 'count'?)",
                    "rubric.json:55:23: unknown name 'submision' (did you mean 'submission'?)",
                ])
            let diagnostics = try fixture.rubricDiagnostics()
            #expect(diagnostics == fixture.expected)
        }

        /// The diagnostic quotes the line and `tender` prints a caret under the column.
        @Test func theLineIsQuotedWithACaretUnderTheError() throws {
            let fixture = BrokenFixture(
                "excerpt", in: "rubric.json",
                replacing: #""value": "submission.price""#,
                with: #""value": "cuont(submission.partners)""#,
                expect: [])
            let lines = try TemporaryCopy.of(BrokenFixture.baseRound) { folder in
                try fixture.apply(in: folder)
                let diagnostics = RubricLoader.load(path: FilePath.join(folder, "rubric.json"))
                    .diagnostics
                #expect(
                    diagnostics.map(\.excerpt) == [#"      "value": "cuont(submission.partners)","#]
                )
                return diagnostics.map {
                    DiagnosticFormatter().format($0).split(separator: "\n").dropFirst().map(
                        String.init)
                }
            }
            #expect(
                lines == [
                    [
                        #"      "value": "cuont(submission.partners)","#,
                        "                ^",
                    ]
                ])
        }
    }
}
