import Foundation
import Testing

@testable import TenderKit

extension ValidationTests {
    /// `scores.csv` broken one way at a time: its CSV syntax, its header, and each check on a row.
    /// "row N" counts data rows (the header is line 1, so row N is on line N + 1 here).
    @Suite struct ScoresCSVTests {
        static let rowProblems: [BrokenFixture] = [
            BrokenFixture(
                "a wrong header", in: "scores.csv",
                replacing: "criterion,score,comment", with: "criterion,mark,comment",
                expect: [
                    "scores.csv:1:1: the header must be exactly 'evaluator,submission,criterion,score,comment', but it is 'evaluator,submission,criterion,mark,comment'"
                ]),
            BrokenFixture(
                "a row with a field missing", in: "scores.csv",
                replacing: "ahart,sub-birch,approach,2,Some evidence of local links.",
                with: "ahart,sub-birch,approach,2",
                expect: [
                    "scores.csv:4:1: row 3 has 4 fields, but the header has 5 (evaluator,submission,criterion,score,comment)"
                ]),
            BrokenFixture(
                "a comment with an unquoted comma", in: "scores.csv",
                replacing: "Some evidence of local links.", with: "Some evidence, of local links.",
                expect: [
                    "scores.csv:4:1: row 3 has 6 fields, but the header has 5 (evaluator,submission,criterion,score,comment); a comment that contains a comma must be in double quotes"
                ]),
            BrokenFixture(
                "an unknown evaluator", in: "scores.csv",
                replacing: "bpatel,sub-birch,staffing", with: "bpatl,sub-birch,staffing",
                expect: [
                    "scores.csv:9:1: row 8: unknown evaluator 'bpatl' (did you mean 'bpatel'?)"
                ]),
            BrokenFixture(
                "an unknown submission", in: "scores.csv",
                replacing: "ahart,sub-birch,staffing", with: "ahart,sub-brich,staffing",
                expect: [
                    "scores.csv:5:7: row 4: unknown submission 'sub-brich' (did you mean 'sub-birch'?)"
                ]),
            BrokenFixture(
                "an unknown criterion", in: "scores.csv",
                replacing: "ahart,sub-alder,staffing", with: "ahart,sub-alder,stafing",
                expect: [
                    "scores.csv:3:17: row 2: unknown criterion 'stafing' (did you mean 'staffing'?)"
                ]),
            BrokenFixture(
                "a score for a quantitative criterion", in: "scores.csv",
                replacing: "Good supervision model.\n",
                with: "Good supervision model.\nahart,sub-alder,price,3,Good value for money.\n",
                expect: [
                    "scores.csv:10:17: row 9: criterion 'price' is quantitative (computed from the submission by the rubric), so the panel does not score it"
                ]),
            BrokenFixture(
                "a score above the scale", in: "scores.csv",
                replacing: "ahart,sub-alder,approach,3", with: "ahart,sub-alder,approach,4",
                expect: [
                    "scores.csv:2:26: row 1: 4 is outside the scale: write a score from 0 to 3"
                ]),
            BrokenFixture(
                "a negative score", in: "scores.csv",
                replacing: "bpatel,sub-birch,approach,1", with: "bpatel,sub-birch,approach,-0.5",
                expect: [
                    "scores.csv:8:27: row 7: -0.5 is outside the scale: write a score from 0 to 3"
                ]),
            BrokenFixture(
                "a score in words", in: "scores.csv",
                replacing: "bpatel,sub-alder,staffing,1", with: "bpatel,sub-alder,staffing,one",
                expect: ["scores.csv:7:27: row 6: 'one' is not a number: write a score from 0 to 3"]
            ),
            BrokenFixture(
                "an empty score", in: "scores.csv",
                replacing: "bpatel,sub-birch,approach,1,", with: "bpatel,sub-birch,approach,,",
                expect: ["scores.csv:8:27: row 7: the score is empty"]),
            BrokenFixture(
                "an empty comment", in: "scores.csv",
                replacing: "bpatel,sub-alder,approach,3,Well evidenced.",
                with: "bpatel,sub-alder,approach,3,",
                expect: [
                    "scores.csv:6:29: row 5: the comment is empty, but the rubric requires a comment with every score (panel.requireComments)"
                ]),
            BrokenFixture(
                "a row scored twice", in: "scores.csv",
                replacing: "Good supervision model.\n",
                with: "Good supervision model.\nahart,sub-alder,approach,2,Second look.\n",
                expect: [
                    "scores.csv:10:1: row 9: evaluator 'ahart' already scored submission 'sub-alder' on criterion 'approach' (line 2); remove one of the two rows"
                ]),
        ]

        static let fileProblems: [BrokenFixture] = [
            BrokenFixture(
                "a quoted comment that is never closed", in: "scores.csv",
                replacing: #""Adequate, but no cover for leave.""#,
                with: #""Adequate, but no cover for leave."#,
                expect: [
                    "scores.csv:3:28: malformed CSV: a quoted field is never closed (the file ends inside it)"
                ]),
            BrokenFixture(
                "a quote inside an unquoted comment", in: "scores.csv",
                replacing: "Some evidence of local links.",
                with: #"Some "evidence" of local links."#,
                expect: [
                    #"scores.csv:4:33: malformed CSV: a '"' inside an unquoted field (quote the whole field and double the '"')"#
                ]),
            BrokenFixture(
                "text after a closing quote", in: "scores.csv",
                replacing: #""Adequate, but no cover for leave.""#,
                with: #""Adequate, but no cover for leave." (AH)"#,
                expect: [
                    "scores.csv:3:63: malformed CSV: text after a closing quote (a quoted field must end at ',' or the end of the line)"
                ]),
            BrokenFixture(
                "no scores.csv", [.remove(file: "scores.csv")],
                expect: ["scores.csv:1:1: scores.csv not found"]),
            BrokenFixture(
                "an empty scores.csv", [.write(file: "scores.csv", text: "")],
                expect: [
                    "scores.csv:1:1: scores.csv is empty: it needs at least the header evaluator,submission,criterion,score,comment"
                ]),
            // Rows after a broken line keep their numbers: row 8 is still on line 9.
            BrokenFixture(
                "a broken line before another problem",
                [
                    .replace(
                        file: "scores.csv", old: "Some evidence of local links.",
                        new: #"Some "evidence" of local links."#),
                    .replace(
                        file: "scores.csv", old: "bpatel,sub-birch,staffing",
                        new: "bpatl,sub-birch,staffing"),
                ],
                expect: [
                    #"scores.csv:4:33: malformed CSV: a '"' inside an unquoted field (quote the whole field and double the '"')"#,
                    "scores.csv:9:1: row 8: unknown evaluator 'bpatl' (did you mean 'bpatel'?)",
                ]),
            // A blank line is a row too, so row N stays on line N + 1.
            BrokenFixture(
                "a blank line before another problem",
                [
                    .replace(
                        file: "scores.csv", old: "Some evidence of local links.\n",
                        new: "Some evidence of local links.\n\n"),
                    .replace(
                        file: "scores.csv", old: "bpatel,sub-birch,staffing",
                        new: "bpatl,sub-birch,staffing"),
                ],
                expect: [
                    "scores.csv:10:1: row 9: unknown evaluator 'bpatl' (did you mean 'bpatel'?)"
                ]),
            // A comment over two lines is one row: rows count records, not lines.
            BrokenFixture(
                "a comment over two lines before another problem",
                [
                    .replace(
                        file: "scores.csv", old: "\"Adequate, but no cover",
                        new: "\"Adequate,\nbut no cover"),
                    .replace(
                        file: "scores.csv", old: "bpatel,sub-birch,staffing",
                        new: "bpatl,sub-birch,staffing"),
                ],
                expect: [
                    "scores.csv:10:1: row 8: unknown evaluator 'bpatl' (did you mean 'bpatel'?)"
                ]),
        ]

        /// Edits that must not be reported: what the input contract allows.
        static let allowed: [BrokenFixture] = [
            BrokenFixture(
                "only the header (nobody has scored yet)",
                [
                    .write(
                        file: "scores.csv", text: "evaluator,submission,criterion,score,comment\n")
                ], expect: []),
            BrokenFixture(
                "rows in another order, with a blank line",
                [
                    .replace(
                        file: "scores.csv",
                        old: "ahart,sub-alder,approach,3,Clear plan with named staff.\n", new: ""),
                    .replace(
                        file: "scores.csv", old: "Good supervision model.\n",
                        new:
                            "Good supervision model.\n\nahart,sub-alder,approach,3,Clear plan with named staff.\n"
                    ),
                ], expect: []),
            BrokenFixture(
                "an empty comment where the rubric does not require comments",
                [
                    .replace(
                        file: "rubric.json", old: #""requireComments": true"#,
                        new: #""requireComments": false"#),
                    .replace(
                        file: "scores.csv", old: "bpatel,sub-alder,approach,3,Well evidenced.",
                        new: "bpatel,sub-alder,approach,3,"),
                ], expect: []),
            BrokenFixture(
                "a file saved by a spreadsheet: a byte-order mark and CRLF line ends",
                [
                    .transform(file: "scores.csv") {
                        "\u{FEFF}" + $0.replacingOccurrences(of: "\n", with: "\r\n")
                    }
                ], expect: []),
            BrokenFixture(
                "a decimal score on the scale", in: "scores.csv",
                replacing: "bpatel,sub-birch,approach,1,", with: "bpatel,sub-birch,approach,1.5,",
                expect: []),
        ]

        /// Row numbers come from `CSVRecord.number`, which counts blank lines and broken records.
        @Test func recordNumbersCountBlankAndBrokenLines() {
            var numbers: [Int] = []
            let errors = CSVReader.forEachRecord(
                in: Array("h\n\"two\nlines\"\n\nx\"y\nlast\n".utf8)
            ) { record in
                numbers.append(record.number)
            }
            #expect(numbers == [0, 1, 2, 4])
            #expect(errors.map(\.kind) == [.quoteInUnquotedField])
        }

        /// A renamed evaluator leaves thousands of rows with one unknown id: "did you mean" is
        /// worked out once for it, not once per row against the whole panel.
        @Test func manyRowsWithOneUnknownIdAreReportedWithOneSuggestion() {
            let evaluators = (0..<1_000).map { "evaluator-\($0)" }
            let rows = String(repeating: "evaluatr-7,s,c,3,ok\n", count: 5_000)
            let source = SourceText(
                path: "scores.csv", text: "evaluator,submission,criterion,score,comment\n" + rows)
            let rules = ScoreRowRules(
                evaluators: evaluators, submissions: ["s"], criteria: ["c"], isQuality: [true],
                scale: Rubric.Scale(
                    min: 0, max: 5, descriptors: [], location: .file("rubric.json")),
                requireComments: true)
            let log = DiagnosticLog()
            #expect(ScoreTableReader(source: source, rules: rules, log: log).read() == nil)
            #expect(log.count == 5_000)
            #expect(
                log.diagnostics.last?.message
                    == "row 5000: unknown evaluator 'evaluatr-7' (did you mean 'evaluator-7'?)")
        }

        @Test(arguments: rowProblems)
        func everyRowProblemIsReportedAtItsCell(_ fixture: BrokenFixture) throws {
            let diagnostics = try fixture.roundDiagnostics()
            #expect(diagnostics == fixture.expected)
        }

        @Test(arguments: fileProblems)
        func malformedCSVIsReportedWhereItIs(_ fixture: BrokenFixture) throws {
            let diagnostics = try fixture.roundDiagnostics()
            #expect(diagnostics == fixture.expected)
        }

        @Test(arguments: allowed)
        func whatTheContractAllowsIsNotReported(_ fixture: BrokenFixture) throws {
            let diagnostics = try fixture.roundDiagnostics()
            #expect(diagnostics == fixture.expected)
        }
    }
}
