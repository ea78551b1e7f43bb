/// The one check of a row of scores, for `scores.csv` (`ScoreTableReader`) and for an imported
/// scoresheet (`SheetRowReader`): every column it reads and no more fields than the header, a
/// known evaluator, submission and panel-scored criterion, a score on the scale (`ScoreCheck`), a
/// comment where the rubric requires one, and no (evaluator, submission, criterion) met earlier in
/// the file.
///
/// Every independent problem of a row is reported, each at its own field, as a `ScoreRowError`.
/// Runs for each of up to five million rows, so a sound row costs no text beyond its three ids.
struct ScoreRowCheck: Sendable {
    /// A sound row: indices into the round's evaluators, submissions and criteria (file order).
    struct Row {
        var evaluator: Int32
        var submission: Int32
        var criterion: Int32
        var score: Double
    }

    let source: SourceText
    let rules: ScoreRowRules
    /// The header's column names: a row has at most as many fields.
    let header: [String]
    /// Where each of `ScoreTable.columns` stands in a record.
    let columns: [Int]
    /// The fewest fields a row has: up to the last column read. A scoresheet's rows may leave out
    /// the columns after it that only people read (titles, the scale).
    private let fewestFields: Int
    /// The header's record number: row N is the Nth record after it, blank and broken lines included.
    var headerNumber = 0
    private let evaluators: IDPositions
    private let submissions: IDPositions
    private let criteria: IDPositions
    /// The criteria a row may name, among which a mistyped criterion is looked for.
    private let qualityCriteria: [String]
    private var repeats: ScoreRowRepeats
    /// False for a check of one part of a file (`ScoreFileParts`), which looks for repeats across
    /// the parts once they are joined.
    private let checksRepeats: Bool
    /// The scale's bounds, for the check of every row's score.
    private let bounds: ScoreCheck.Bounds?
    private var suggestions = IDSuggestions()
    /// Per id column, the ids resolved lately (most rows repeat them).
    private var recent = Array(repeating: RecentIDs(), count: 3)

    init(
        source: SourceText, rules: ScoreRowRules, header: [String] = ScoreTable.columns,
        columns: [Int] = Array(ScoreTable.columns.indices), checksRepeats: Bool = true
    ) {
        self.checksRepeats = checksRepeats
        self.source = source
        self.rules = rules
        self.header = header
        self.columns = columns
        fewestFields = (columns.max() ?? 0) + 1
        evaluators = IDPositions(rules.evaluators)
        submissions = IDPositions(rules.submissions)
        criteria = IDPositions(rules.criteria)
        qualityCriteria = zip(rules.criteria ?? [], rules.isQuality).filter(\.1).map(\.0)
        bounds = rules.scale.map(ScoreCheck.Bounds.init)
        // A check of one part keeps no bits (its file's repeats are looked for once joined).
        repeats =
            checksRepeats
            ? ScoreRowRepeats(rules: rules)
            : ScoreRowRepeats(evaluators: 0, submissions: 0, criteria: 0)
    }

    /// The row, or nil with its problems appended to `problems` (none when a part of the rules
    /// is unknown). `earlier` holds every row this check returned before, in order.
    mutating func check(
        _ record: borrowing CSVRecord, earlier: ScoreTable, problems: inout [ScoreRowError]
    ) -> Row? {
        let row = record.number - headerNumber
        guard record.count >= fewestFields, record.count <= header.count else {
            problems.append(
                ScoreRowError(
                    row: row, offset: record.offset,
                    problem: .fieldCount(record.count, header: header)))
            return nil
        }
        let problemsBefore = problems.count
        let evaluator = resolve(record, .evaluator, row: row, problems: &problems)
        let submission = resolve(record, .submission, row: row, problems: &problems)
        let criterion = resolveCriterion(record, row: row, problems: &problems)
        let score = checkScore(record, row: row, problems: &problems)
        if rules.requireComments, record.isBlank(columns[4]) {
            problems.append(
                ScoreRowError(row: row, offset: field(record, 4), problem: .emptyComment))
        }
        guard problems.count == problemsBefore, let evaluator, let submission, let criterion,
            let score
        else { return nil }
        if checksRepeats,
            let first = repeats.firstOffset(
                evaluator: evaluator, submission: submission, criterion: criterion,
                offset: record.offset, earlier: earlier)
        {
            problems.append(repeated(record, row: row, firstOffset: first))
            return nil
        }
        return Row(evaluator: evaluator, submission: submission, criterion: criterion, score: score)
    }

    /// The trimmed text of column `column` (a position in `ScoreTable.columns`).
    func text(_ record: borrowing CSVRecord, _ column: Int) -> String {
        (record.string(columns[column]) ?? "").trimmingWhitespace()
    }

    /// The byte offset of column `column` (a position in `ScoreTable.columns`).
    func field(_ record: borrowing CSVRecord, _ column: Int) -> Int {
        record.fields[columns[column]].offset
    }

    /// The index of the id in an id column, or nil (reported when it is unknown).
    private mutating func resolve(
        _ record: borrowing CSVRecord, _ column: ScoreRowProblem.IDColumn, row: Int,
        problems: inout [ScoreRowError]
    ) -> Int32? {
        let isQuoted = record.fields[columns[column.position]].isQuoted
        let bytes = record.bytes(columns[column.position])
        if let index = recent[column.position].index(of: bytes, isQuoted: isQuoted) {
            return index
        }
        guard let known = ids(column) else { return nil }
        let id = text(record, column.position)
        if let index = positions(column)[id] {
            recent[column.position].remember(bytes, isQuoted: isQuoted, index: index)
            return index
        }
        if column == .submission, rules.unreadableSubmissions.contains(id) { return nil }
        let candidates = column == .criterion ? qualityCriteria : known
        let problem: ScoreRowProblem =
            id.isEmpty
            ? .missingID(column)
            : .unknownID(
                column, id,
                suggestion: suggestions.suggestion(for: id, in: column, among: candidates))
        problems.append(
            ScoreRowError(row: row, offset: field(record, column.position), problem: problem))
        return nil
    }

    /// The criterion's index when it is known and scored by the panel.
    private mutating func resolveCriterion(
        _ record: borrowing CSVRecord, row: Int, problems: inout [ScoreRowError]
    ) -> Int32? {
        guard let index = resolve(record, .criterion, row: row, problems: &problems) else {
            return nil
        }
        guard rules.isQuality[Int(index)] else {
            problems.append(
                ScoreRowError(
                    row: row, offset: field(record, 2),
                    problem: .quantitativeCriterion(text(record, 2))))
            return nil
        }
        return index
    }

    /// The score, checked by the one `ScoreCheck` that the `tender score` prompt uses too; read
    /// straight from the bytes when it is a plain number on the scale.
    private func checkScore(
        _ record: borrowing CSVRecord, row: Int, problems: inout [ScoreRowError]
    ) -> Double? {
        let column = columns[3]
        if let bounds, let score = record.number(column),
            ScoreCheck.check(score, bounds: bounds) == nil
        {
            return score
        }
        guard let scale = rules.scale else { return record.number(column) }
        let written = text(record, 3)
        switch ScoreCheck.parse(written, scale: scale) {
        case .success(let score): return score
        case .failure(let problem):
            problems.append(
                ScoreRowError(
                    row: row, offset: field(record, 3),
                    problem: .score(problem, written: written, scale: scale)))
            return nil
        }
    }

    private func repeated(_ record: borrowing CSVRecord, row: Int, firstOffset: Int)
        -> ScoreRowError
    {
        ScoreRowError(
            row: row, offset: record.offset,
            problem: .repeated(
                evaluator: text(record, 0), submission: text(record, 1),
                criterion: text(record, 2), firstLine: source.location(at: firstOffset).line))
    }

    private func ids(_ column: ScoreRowProblem.IDColumn) -> [String]? {
        switch column {
        case .evaluator: rules.evaluators
        case .submission: rules.submissions
        case .criterion: rules.criteria
        }
    }

    private func positions(_ column: ScoreRowProblem.IDColumn) -> IDPositions {
        switch column {
        case .evaluator: evaluators
        case .submission: submissions
        case .criterion: criteria
        }
    }
}

extension ScoreRowProblem.IDColumn {
    /// The column's position in `ScoreTable.columns`.
    var position: Int {
        switch self {
        case .evaluator: 0
        case .submission: 1
        case .criterion: 2
        }
    }
}
