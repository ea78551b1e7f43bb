import Testing

@testable import TenderKit

extension ValidationTests {
    /// Validation reports every problem, not only the first: a round broken in every file at once
    /// reports each break, sorted by file, line and column.
    @Suite struct EveryProblemReportedTests {
        /// Ten independent breaks across all seven files of the base round.
        static let brokenEverywhere = BrokenFixture(
            "broken everywhere",
            [
                .replace(file: "rubric.json", old: #""weight": 20"#, new: #""weight": 25"#),
                .replace(
                    file: "rubric.json", old: #"{ "score": 3, "label": "Excellent""#,
                    new: #"{ "score": 4, "label": "Excellent""#),
                .replace(file: "round.json", old: #""currency": "GBP""#, new: #""currency": "£""#),
                .replace(
                    file: "panel.json", old: #""email": "bina.patel@example.org""#,
                    new: #""email": "bina.patel""#),
                .replace(
                    file: "submissions/sub-cedar.json", old: #""id": "sub-cedar""#,
                    new: #""id": "sub cedar""#),
                .replace(
                    file: "scores.csv", old: "ahart,sub-alder,approach,3",
                    new: "ahart,sub-alder,approach,4"),
                .replace(
                    file: "scores.csv", old: "bpatel,sub-alder,approach,3,Well evidenced.",
                    new: "bpatel,sub-alder,approach,3,"),
                .replace(
                    file: "scores.csv", old: "bpatel,sub-birch,staffing",
                    new: "bpatl,sub-birch,staffing"),
                .replace(
                    file: "decisions.json", old: #""criterion": "price""#,
                    new: #""criterion": "staffing""#),
                .replace(
                    file: "decisions.json", old: #""evaluator": "bpatel""#,
                    new: #""evaluator": "bpatle""#),
            ],
            expect: [
                "decisions.json:13:20: clarifications[0] names criterion 'staffing', which the panel scores; clarifications answer abnormally low values of quantitative criteria",
                "decisions.json:20:20: conflicts[0] names unknown evaluator 'bpatle' (did you mean 'bpatel'?)",
                "panel.json:21:16: evaluators[1].email 'bina.patel' is not an email address (\(EmailAddress.ruleDescription))",
                "round.json:11:17: budget.currency must be a three-letter ISO 4217 code such as 'GBP', but it is '£'",
                "rubric.json:16:7: scale.descriptors[3]: the descriptor for score 4 lies outside the scale 0 to 3",
                "rubric.json:38:15: criteria weights must add up to 100, but they add up to 105 (approach 50 + staffing 25 + price 30)",
                "scores.csv:2:26: row 1: 4 is outside the scale: write a score from 0 to 3",
                "scores.csv:6:29: row 5: the comment is empty, but the rubric requires a comment with every score (panel.requireComments)",
                "scores.csv:9:1: row 8: unknown evaluator 'bpatl' (did you mean 'bpatel'?)",
                "submissions/sub-cedar.json:2:9: id 'sub cedar' is not a valid id: \(Identifier.ruleDescription)",
            ])

        @Test func everyBreakInEveryFileIsReportedInOrder() throws {
            let fixture = Self.brokenEverywhere
            let diagnostics = try fixture.roundDiagnostics()
            #expect(diagnostics == fixture.expected)
        }

        /// The same breaks one at a time give the same diagnostics: nothing hides or adds to another.
        @Test func eachBreakAloneGivesItsOwnDiagnostic() throws {
            var union: [String] = []
            for edit in Self.brokenEverywhere.edits {
                union += try BrokenFixture("one edit", [edit], expect: []).roundDiagnostics()
            }
            #expect(union.sorted() == Self.brokenEverywhere.expected.sorted())
        }

        @Test func aBrokenRoundIsNotReturned() throws {
            let load = try TemporaryCopy.of(BrokenFixture.baseRound) { folder in
                try Self.brokenEverywhere.apply(in: folder)
                return RoundLoader.load(folder: folder)
            }
            #expect(load.round == nil)
            #expect(load.diagnostics.count == 10)
            #expect(load.diagnostics.allSatisfy { $0.severity == .error })
        }

        /// Malformed JSON stops its own file only: the other files are still read and checked.
        @Test func aFileThatCannotBeParsedDoesNotHideTheOthers() throws {
            let edits: [BrokenFixture.Edit] = [
                .write(file: "panel.json", text: "{\n  \"evaluators\": [\n"),
                .replace(
                    file: "round.json", old: #""opens": "2024-03-01""#,
                    new: #""opens": "01/03/2024""#),
                .replace(file: "rubric.json", old: #""minimum": 1"#, new: #""minimum": 4"#),
                .replace(
                    file: "scores.csv", old: "ahart,sub-alder,staffing",
                    new: "ahart,sub-alder,stafing"),
            ]
            let diagnostics = try BrokenFixture("unreadable panel and more", edits, expect: [])
                .roundDiagnostics()
            #expect(
                diagnostics == [
                    "panel.json:3:1: malformed JSON: the file ends where a value was expected",
                    "round.json:13:12: opens must be a date written YYYY-MM-DD, but it is '01/03/2024'",
                    "rubric.json:40:13: criteria[0].minimum: criterion 'approach' has minimum 4, outside the scale 0 to 3: give a minimum on the scale, or none",
                    "scores.csv:3:17: row 2: unknown criterion 'stafing' (did you mean 'staffing'?)",
                ])
        }
    }
}
