/// Merges an evaluator's filled-in scoresheet into `scores.csv`, checking every row first: the
/// header, the evaluator's own id in every row, known submissions and panel-scored criteria, scores
/// on the scale, a comment where the rubric requires one, no pair the evaluator is excluded from,
/// no row twice, and no score the evaluator already gave unless replacing is asked for. One bad
/// row rejects the whole sheet; rows left completely blank are skipped (not scored yet).
public struct ScoreSheetImport {
    public struct Outcome: Sendable {
        /// The new content of `scores.csv`.
        public var scoresFile: [UInt8]
        public var added: [String]
        public var replaced: [String]
        public var blankRows: Int
        /// Each score added or replaced, with the old and new values, for the round's history.
        public var changes: [HistoryChange]
        /// Said once: columns of the sheet that import does not read.
        public var warnings: [Diagnostic]
    }

    let round: LoadedRound
    let assignments: ScoringAssignments
    let evaluator: Int
    let replace: Bool
    /// The evaluator's scores already in scores.csv, by assignment.
    let existing: [ScoringAssignments.Assignment: Int]
    /// What every row is checked against, as in `scores.csv`.
    let rules: ScoreRowRules

    public init(round: LoadedRound, decision: Decision, evaluator: Int, replace: Bool) {
        self.round = round
        self.assignments = ScoringAssignments(round: round, decision: decision)
        self.evaluator = evaluator
        self.replace = replace
        existing = assignments.existingRows(for: evaluator)
        rules = ScoreRowRules(round: round)
    }

    /// The merged file, or every problem found in the sheet.
    public func merge(_ sheet: SourceText) throws(DiagnosticsError) -> Outcome {
        var reader = SheetRowReader(sheet: sheet, context: self)
        let encoding = TextEncoding.diagnose(sheet, advice: TextEncoding.csvAdvice)
        let syntaxErrors = CSVReader.forEachRecord(in: sheet.bytes) { record in
            if TextEncoding.touches(encoding.lines, record.offset, record.end) {
                reader.skip()
            } else {
                reader.read(record)
            }
        }
        var problems =
            encoding.problems + reader.problems
            + syntaxErrors.map { Diagnostic.error(at: sheet.location(at: $0.offset), $0.message) }
        if !reader.sawHeader {
            problems.append(
                .error(
                    at: sheet.location(at: 0),
                    "the sheet is empty: it needs the header \(ScoreTable.columns.joined(separator: ","))"
                ))
        }
        guard problems.isEmpty else { throw DiagnosticsError(problems.sorted()) }
        let removing = Set(
            reader.rows.compactMap { existing[$0.assignment].map { round.scores.rowOffsets[$0] } })
        let file = ScoresFile.rewrite(
            round.scores.source, removing: removing, adding: reader.rows.map(\.row))
        let names = reader.rows.map {
            "\($0.row.submission) / \($0.row.criterion): \($0.row.score)"
        }
        let replaced = zip(reader.rows, names).filter { existing[$0.0.assignment] != nil }.map(\.1)
        let added = zip(reader.rows, names).filter { existing[$0.0.assignment] == nil }.map(\.1)
        return Outcome(
            scoresFile: file, added: added, replaced: replaced, blankRows: reader.blankRows,
            changes: reader.rows.map { change($0.row, replacing: existing[$0.assignment]) },
            warnings: reader.warnings)
    }

    /// The history's record of `row`, replacing the score in `earlier` (a row of scores.csv) if any.
    func change(_ row: ScoresFile.NewRow, replacing earlier: Int?) -> HistoryChange {
        let scores = round.scores
        return .score(
            evaluator: row.evaluator, submission: row.submission, criterion: row.criterion,
            old: earlier.map { (NumberText.plain(scores.scores[$0]), scores.comment($0)) },
            new: (row.score, row.comment))
    }

    var evaluatorID: String { round.panel.evaluators[evaluator].id }
}
