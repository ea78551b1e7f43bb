/// Reads and checks the rows of a scoresheet for `ScoreSheetImport`, collecting every problem:
/// the header (`SheetHeader`), then each row by the one `ScoreRowCheck` that `scores.csv` uses too,
/// and what only an import asks of a row: the importing evaluator's own id, a submission they
/// score, and no score they already gave unless replacing.
struct SheetRowReader {
    struct Row {
        var assignment: ScoringAssignments.Assignment
        var row: ScoresFile.NewRow
    }

    let sheet: SourceText
    let context: ScoreSheetImport
    private(set) var rows: [Row] = []
    private(set) var problems: [Diagnostic] = []
    private(set) var sawHeader = false
    private(set) var warnings: [Diagnostic] = []
    private var header = SheetHeader([])
    private(set) var blankRows = 0
    /// The row check, once the header has every column it needs.
    private var check: ScoreRowCheck?
    /// Every row the check passed, for finding a row repeated within the sheet.
    private var sheetRows: ScoreTable

    init(sheet: SourceText, context: ScoreSheetImport) {
        self.sheet = sheet
        self.context = context
        sheetRows = ScoreTable(source: sheet)
    }

    private var round: LoadedRound { context.round }

    /// Passes over a record whose problem is already reported (its text is not UTF-8).
    mutating func skip() { sawHeader = true }

    mutating func read(_ record: borrowing CSVRecord) {
        if record.count == 1, record.isBlank(0) { return }
        guard sawHeader else {
            sawHeader = true
            let names = (0..<record.count).map { (record.string($0) ?? "").trimmingWhitespace() }
            header = SheetHeader(names)
            report(header, at: record.offset)
            if let columns = header.columns {
                check = ScoreRowCheck(
                    source: sheet, rules: context.rules, header: names, columns: columns)
                check?.headerNumber = record.number
            }
            return
        }
        guard check != nil, !isBlankRow(record) else { return }
        var rowProblems: [ScoreRowError] = []
        checkEvaluator(record, problems: &rowProblems)
        if let row = check?.check(record, earlier: sheetRows, problems: &rowProblems) {
            sheetRows.append(
                evaluator: row.evaluator, submission: row.submission, criterion: row.criterion,
                score: row.score, rowOffset: record.offset)
            if rowProblems.isEmpty { accept(row, record, problems: &rowProblems) }
        }
        problems += rowProblems.map { .error(at: sheet.location(at: $0.offset), $0.message) }
    }

    /// Whether the row is left for later: no score and no comment (fields missing count as blank).
    private mutating func isBlankRow(_ record: borrowing CSVRecord) -> Bool {
        guard let columns = header.columns else { return false }
        let isBlank = [columns[3], columns[4]].allSatisfy {
            $0 >= record.count || record.isBlank($0)
        }
        if isBlank { blankRows += 1 }
        return isBlank
    }

    /// The header's problems: a `;`-separated file, missing columns (errors); columns the sheet
    /// does not use (one warning).
    private mutating func report(_ header: SheetHeader, at offset: Int) {
        if header.isSemicolonSeparated {
            fail(
                "this file separates fields with ';': save it as comma-separated CSV (in a spreadsheet: Save As, CSV UTF-8, comma-delimited)",
                at: offset)
            return
        }
        if !header.missing.isEmpty {
            fail(
                "the header has no \(header.missing.map { "'\($0)'" }.joined(separator: ", ")) column: a scoresheet needs \(ScoreTable.columns.joined(separator: ",")) (in any order), but the header is '\(header.names.joined(separator: ","))'",
                at: offset)
        }
        if !header.unknown.isEmpty {
            warnings.append(
                Diagnostic(
                    .warning, at: sheet.location(at: offset),
                    "\(header.unknown.count == 1 ? "column" : "columns") \(header.unknown.map { "'\($0)'" }.joined(separator: ", ")) \(header.unknown.count == 1 ? "is" : "are") not scoresheet columns and \(header.unknown.count == 1 ? "is" : "are") ignored"
                ))
        }
    }

    /// A known evaluator other than the one importing the sheet.
    private func checkEvaluator(_ record: borrowing CSVRecord, problems: inout [ScoreRowError]) {
        guard let check else { return }
        let id = check.text(record, 0)
        guard id != context.evaluatorID, round.panel.evaluators.contains(where: { $0.id == id })
        else { return }
        problems.append(
            ScoreRowError(
                row: record.number - check.headerNumber, offset: check.field(record, 0),
                problem: .otherEvaluator(sheetFor: context.evaluatorID, rowFor: id)))
    }

    /// Takes a sound row when the evaluator may score it and has not already (unless replacing).
    private mutating func accept(
        _ row: ScoreRowCheck.Row, _ record: borrowing CSVRecord, problems: inout [ScoreRowError]
    ) {
        guard let check else { return }
        let rowNumber = record.number - check.headerNumber
        let (submission, submissionID) = (Int(row.submission), check.text(record, 1))
        if let problem = assignmentProblem(submission, id: submissionID) {
            problems.append(
                ScoreRowError(row: rowNumber, offset: check.field(record, 1), problem: problem))
            return
        }
        let assignment = ScoringAssignments.Assignment(
            submission: submission, criterion: Int(row.criterion))
        let newRow = ScoresFile.NewRow(
            evaluator: context.evaluatorID, submission: submissionID,
            criterion: check.text(record, 2), score: check.text(record, 3),
            comment: check.text(record, 4))
        if !context.replace, let existing = context.existing[assignment] {
            let problem = ScoreRowProblem.alreadyInScoresFile(
                evaluator: newRow.evaluator, submission: newRow.submission,
                criterion: newRow.criterion, previous: round.scores.scores[existing],
                line: round.scores.location(ofRow: existing).line)
            problems.append(ScoreRowError(row: rowNumber, offset: record.offset, problem: problem))
            return
        }
        rows.append(Row(assignment: assignment, row: newRow))
    }

    /// Why the evaluator may not score the submission: it is ineligible, or they are excluded.
    private func assignmentProblem(_ submission: Int, id: String) -> ScoreRowProblem? {
        if context.assignments.isIneligible(submission: submission) {
            return .ineligibleSubmission(id)
        }
        if context.assignments.isExcluded(evaluator: context.evaluator, submission: submission) {
            return .excludedEvaluator(evaluator: context.evaluatorID, submission: id)
        }
        return nil
    }

    private mutating func fail(_ message: String, at offset: Int) {
        problems.append(.error(at: sheet.location(at: offset), message))
    }
}
