import Testing

@testable import TenderKit

/// The one check of a row of scores (`ScoreRowCheck`), which `scores.csv` and imported scoresheets
/// share: each problem in its words, at its cell, every independent problem of a row reported,
/// and the same words whatever order a sheet's columns are in.
@Suite struct ScoreRowCheckTests {
    static let header = "evaluator,submission,criterion,score,comment"

    static let rules = ScoreRowRules(
        evaluators: ["ahart", "bpatel"], submissions: ["sub-alder", "sub-birch"],
        criteria: ["approach", "staffing", "price"], isQuality: [true, true, false],
        scale: Rubric.Scale(min: 0, max: 3, descriptors: [], location: .file("rubric.json")),
        requireComments: true)

    /// The problems of `rows` (after `header`) as "line:column: message", in the order found.
    static func problems(
        _ rows: [String], header: String = header, rules: ScoreRowRules = rules
    ) -> [String] {
        let source = SourceText(path: "scores.csv", text: ([header] + rows).joined(separator: "\n"))
        var check: ScoreRowCheck?
        var table = ScoreTable(source: source)
        var problems: [ScoreRowError] = []
        _ = CSVReader.forEachRecord(in: source.bytes) { record in
            guard var rowCheck = check else {
                let names = (0..<record.count).map { record.string($0) ?? "" }
                let columns = ScoreTable.columns.map { names.firstIndex(of: $0) ?? 0 }
                check = ScoreRowCheck(
                    source: source, rules: rules, header: names, columns: columns)
                check?.headerNumber = record.number
                return
            }
            if let row = rowCheck.check(record, earlier: table, problems: &problems) {
                table.append(
                    evaluator: row.evaluator, submission: row.submission,
                    criterion: row.criterion, score: row.score, rowOffset: record.offset)
            }
            check = rowCheck
        }
        return problems.map {
            let location = source.location(at: $0.offset)
            return "\(location.line):\(location.column): \($0.message)"
        }
    }

    struct Case: CustomTestStringConvertible, Sendable {
        var row: String
        var expected: [String]
        var testDescription: String { row }
    }

    /// One row each (line 2, row 1); columns counted by hand: "ahart," is 6 characters,
    /// "sub-alder," 10, "approach," 9.
    static let cases: [Case] = [
        Case(row: "ahart,sub-alder,approach,2,Fine.", expected: []),
        Case(row: "ahart,sub-alder,approach,2.5,Fine.", expected: []),
        Case(row: "ahart,sub-alder,approach,\t2 ,Fine.", expected: []),
        Case(
            row: "bpatl,sub-alder,approach,2,Fine.",
            expected: ["2:1: row 1: unknown evaluator 'bpatl' (did you mean 'bpatel'?)"]),
        Case(row: ",sub-alder,approach,2,Fine.", expected: ["2:1: row 1: no evaluator"]),
        Case(
            row: "ahart,sub-brich,approach,2,Fine.",
            expected: ["2:7: row 1: unknown submission 'sub-brich' (did you mean 'sub-birch'?)"]),
        Case(row: "ahart,,approach,2,Fine.", expected: ["2:7: row 1: no submission"]),
        // Only criteria the panel scores are suggested: 'price' is one edit away but computed.
        Case(
            row: "ahart,sub-alder,pric,2,Fine.", expected: ["2:17: row 1: unknown criterion 'pric'"]
        ),
        Case(
            row: "ahart,sub-alder,price,2,Fine.",
            expected: [
                "2:17: row 1: criterion 'price' is quantitative (computed from the submission by the rubric), so the panel does not score it"
            ]),
        Case(
            row: "ahart,sub-alder,approach,4,Fine.",
            expected: ["2:26: row 1: 4 is outside the scale: write a score from 0 to 3"]),
        Case(
            row: "ahart,sub-alder,approach,3.0000001,Fine.",
            expected: ["2:26: row 1: 3.0000001 is outside the scale: write a score from 0 to 3"]),
        Case(
            row: "ahart,sub-alder,approach,two,Fine.",
            expected: ["2:26: row 1: 'two' is not a number: write a score from 0 to 3"]),
        Case(row: "ahart,sub-alder,approach,,Fine.", expected: ["2:26: row 1: the score is empty"]),
        Case(
            row: "ahart,sub-alder,approach,2, ",
            expected: [
                "2:28: row 1: the comment is empty, but the rubric requires a comment with every score (panel.requireComments)"
            ]),
        Case(
            row: "ahart,sub-alder,approach,2",
            expected: [
                "2:1: row 1 has 4 fields, but the header has 5 (evaluator,submission,criterion,score,comment)"
            ]),
        Case(
            row: "ahart,sub-alder,approach,2,Fine, really.",
            expected: [
                "2:1: row 1 has 6 fields, but the header has 5 (evaluator,submission,criterion,score,comment); a comment that contains a comma must be in double quotes"
            ]),
        // Every independent problem of one row, each at its own cell.
        Case(
            row: "bpatl,sub-brich,price,x,",
            expected: [
                "2:1: row 1: unknown evaluator 'bpatl' (did you mean 'bpatel'?)",
                "2:7: row 1: unknown submission 'sub-brich' (did you mean 'sub-birch'?)",
                "2:17: row 1: criterion 'price' is quantitative (computed from the submission by the rubric), so the panel does not score it",
                "2:23: row 1: 'x' is not a number: write a score from 0 to 3",
                "2:25: row 1: the comment is empty, but the rubric requires a comment with every score (panel.requireComments)",
            ]),
    ]

    @Test(arguments: cases)
    func eachProblemInItsWordsAtItsCell(_ example: Case) {
        #expect(Self.problems([example.row]) == example.expected)
    }

    /// A scoresheet's columns in another order, with a column for people after them: the same
    /// words, each at the cell where the sheet has it.
    @Test(
        arguments: cases.filter {
            $0.row.split(separator: ",", omittingEmptySubsequences: false).count == 5
        })
    func aSheetInAnyColumnOrderGetsTheSameWords(_ example: Case) {
        let fields = example.row.split(separator: ",", omittingEmptySubsequences: false)
        let sheetRow = [fields[2], fields[4], fields[0], fields[3], fields[1], "0-3"]
            .joined(separator: ",")
        let messages = Self.problems(
            [sheetRow], header: "criterion,comment,evaluator,score,submission,scale")
        let words = { (lines: [String]) in
            lines.map { $0.split(separator: " ", maxSplits: 1)[1] }.sorted()
        }
        #expect(words(messages) == words(example.expected))
    }

    @Test func aRowMetBeforeIsNamedWithTheLineOfTheFirst() {
        let row = "ahart,sub-alder,approach,2,Fine."
        #expect(
            Self.problems([row, "bpatel,sub-alder,approach,2,Fine.", row])
                == [
                    "4:1: row 3: evaluator 'ahart' already scored submission 'sub-alder' on criterion 'approach' (line 2); remove one of the two rows"
                ])
    }

    /// A scoresheet may leave out the columns after the last one read (titles, the scale), but
    /// not have more fields than its header.
    @Test func aSheetRowMayStopAfterTheLastColumnRead() {
        let header = "evaluator,submission,criterion,score,comment,scale"
        #expect(Self.problems(["ahart,sub-alder,approach,2,Fine."], header: header).isEmpty)
        #expect(
            Self.problems(["ahart,sub-alder,approach,2,Fine,0-3,x"], header: header)
                == [
                    "2:1: row 1 has 7 fields, but the header has 6 (evaluator,submission,criterion,score,comment,scale); a comment that contains a comma must be in double quotes"
                ])
    }
}
