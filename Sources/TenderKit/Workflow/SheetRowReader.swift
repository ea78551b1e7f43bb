/// Reads and checks the rows of a scoresheet for `ScoreSheetImport`, collecting every problem.
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
    private var lineOfAssignment: [ScoringAssignments.Assignment: Int] = [:]
    /// "Did you mean" searches every submission id, so a sheet for the wrong round (every row
    /// unknown) gets suggestions on its first few rows only.
    private var suggestionsLeft = 10

    init(sheet: SourceText, context: ScoreSheetImport) {
        self.sheet = sheet
        self.context = context
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
            return
        }
        guard let columns = header.columns else { return }
        let values = (0..<record.count).map { (record.string($0) ?? "").trimmingWhitespace() }
        let offsets = record.fields.map(\.offset)
        let fields = columns.map { $0 < values.count ? values[$0] : "" }
        if fields[3].isEmpty, fields[4].isEmpty {
            blankRows += 1
            return
        }
        guard columns.allSatisfy({ $0 < values.count }) else {
            fail(
                "the row has \(NumberText.counted(record.count, "field")), but the header has \(header.names.count)",
                at: record.offset)
            return
        }
        check(fields, offsets: columns.map { offsets[$0] }, rowOffset: record.offset)
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

    private mutating func check(_ fields: [String], offsets: [Int], rowOffset: Int) {
        let problemsBefore = problems.count
        if fields[0] != context.evaluatorID {
            fail(
                "this sheet is for evaluator '\(context.evaluatorID)', but the row is for '\(fields[0])'",
                at: offsets[0])
        }
        let submission = context.submissionPositions[fields[1]]
        if submission == nil {
            let hint =
                suggestionsLeft > 0
                ? EditDistance.didYouMean(fields[1], among: round.submissions.lazy.map(\.id)) : ""
            suggestionsLeft -= 1
            fail("unknown submission '\(fields[1])'\(hint)", at: offsets[1])
        }
        let criterion = checkCriterion(fields[2], at: offsets[2])
        let score = checkScore(fields[3], at: offsets[3])
        if round.rubric.panel.requireComments, fields[4].isEmpty {
            fail(
                "the comment is empty, but the rubric requires a comment with every score",
                at: offsets[4])
        }
        guard problems.count == problemsBefore, let submission, let criterion, let score else {
            return
        }
        guard isAssigned(submission, id: fields[1], at: offsets[1]) else { return }
        let assignment = ScoringAssignments.Assignment(submission: submission, criterion: criterion)
        checkRepeats(assignment, fields: fields, rowOffset: rowOffset)
        rows.append(
            Row(
                assignment: assignment,
                row: ScoresFile.NewRow(
                    evaluator: fields[0], submission: fields[1], criterion: fields[2], score: score,
                    comment: fields[4])))
    }

    /// Whether the evaluator scores the submission: it is eligible and they are not excluded from it.
    private mutating func isAssigned(_ submission: Int, id: String, at offset: Int) -> Bool {
        if context.assignments.isIneligible(submission: submission) {
            fail(
                "submission '\(id)' is ineligible (it failed a gate), so it is not scored",
                at: offset)
            return false
        }
        if context.assignments.isExcluded(evaluator: context.evaluator, submission: submission) {
            fail(
                "evaluator '\(context.evaluatorID)' is excluded from submission '\(id)' by a conflict of interest, so may not score it",
                at: offset)
            return false
        }
        return true
    }

    private mutating func checkCriterion(_ id: String, at offset: Int) -> Int? {
        guard let index = round.rubric.criteria.firstIndex(where: { $0.id == id }) else {
            fail(
                "unknown criterion '\(id)'\(EditDistance.didYouMean(id, among: round.rubric.qualityCriteria.map(\.id)))",
                at: offset)
            return nil
        }
        guard round.rubric.criteria[index].isQuality else {
            fail(
                "criterion '\(id)' is quantitative (computed by the rubric), so the panel does not score it",
                at: offset)
            return nil
        }
        return index
    }

    /// The score as typed (trimmed), never rounded: scores.csv keeps what the evaluator gave.
    private mutating func checkScore(_ text: String, at offset: Int) -> String? {
        switch ScoreInput.parse(text, scale: round.rubric.scale) {
        case .success: return text
        case .failure(let problem):
            fail(problem.message, at: offset)
            return nil
        }
    }

    private mutating func checkRepeats(
        _ assignment: ScoringAssignments.Assignment, fields: [String], rowOffset: Int
    ) {
        let line = sheet.location(at: rowOffset).line
        if let first = lineOfAssignment[assignment] {
            fail(
                "submission '\(fields[1])' / criterion '\(fields[2])' is scored twice in this sheet (first at line \(first))",
                at: rowOffset)
        } else if !context.replace, let existing = context.existing[assignment] {
            let previous = round.scores.scores[existing]
            fail(
                "evaluator '\(fields[0])' already scored submission '\(fields[1])' / criterion '\(fields[2])' (\(NumberText.plain(previous)) in scores.csv line \(round.scores.location(ofRow: existing).line)); use --replace to replace it",
                at: rowOffset)
        }
        lineOfAssignment[assignment] = line
    }

    private mutating func fail(_ message: String, at offset: Int) {
        problems.append(.error(at: sheet.location(at: offset), message))
    }
}
