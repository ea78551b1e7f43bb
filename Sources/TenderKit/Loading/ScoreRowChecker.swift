/// Checks one data row of `scores.csv` and, when it is sound, appends it to the table.
///
/// Runs for each of up to five million rows, so a sound row costs no text beyond its three ids:
/// messages ("row 12: …") are written only for rows that have a problem.
struct ScoreRowChecker {
    let reader: ScoreTableReader
    /// The header's record number: row N is the Nth record after it, blank and broken lines included.
    var headerNumber = 0
    /// (evaluator, submission, criterion) packed into one key → the row that first scored it; used
    /// once a repeat is met, or when there are too many keys for `seenBits`.
    private var seen: [Int: Int] = [:]
    /// One bit per key, set when it is first scored: a national round checks five million rows
    /// for repeats without a dictionary lookup each.
    private var seenBits: [UInt64] = []
    private let submissionsCount: Int
    private let criteriaCount: Int
    /// "Did you mean" for each unknown id met so far: a renamed evaluator leaves thousands of rows
    /// with one unknown id, and each suggestion compares it with every known id.
    private var suggestions: [String: String] = [:]

    init(reader: ScoreTableReader) {
        self.reader = reader
        submissionsCount = reader.context.submissions?.count ?? 1
        criteriaCount = reader.context.criteria?.count ?? 1
        let keys = (reader.context.evaluators?.count ?? 1) * submissionsCount * criteriaCount
        if keys <= 1 << 30 { seenBits = Array(repeating: 0, count: (keys + 63) / 64) }
    }

    private var context: ScoreTableReader.Context { reader.context }

    mutating func check(_ record: borrowing CSVRecord, into table: inout ScoreTable) {
        let row = record.number - headerNumber
        guard record.count == ScoreTableReader.header.count else {
            report(fieldCountMessage(record.count, row: row), at: record.offset)
            return
        }
        let evaluator = resolve(
            record, 0, row: row, kind: "evaluator", ids: context.evaluators,
            lookup: reader.evaluator)
        let submission = resolve(
            record, 1, row: row, kind: "submission", ids: context.submissions,
            lookup: reader.submission)
        var criterion = resolve(
            record, 2, row: row, kind: "criterion", ids: context.criteria, lookup: reader.criterion)
        if let index = criterion, !context.isQuality[Int(index)] {
            report(
                "row \(row): criterion '\(record.string(2) ?? "")' is quantitative (computed from the submission by the rubric), so the panel does not score it",
                at: record.fields[2].offset)
            criterion = nil
        }
        let score = checkScore(record, row: row)
        let commentOK = checkComment(record, row: row)
        guard let evaluator, let submission, let criterion, let score, commentOK else { return }
        guard
            isFirst(
                evaluator: evaluator, submission: submission, criterion: criterion, record: record,
                row: row, table: table)
        else { return }
        table.append(
            evaluator: evaluator, submission: submission, criterion: criterion, score: score,
            comment: record.fields[4], rowOffset: record.offset)
    }

    /// Too few fields, or too many: most often a comment holding a comma without quotes around it.
    private func fieldCountMessage(_ count: Int, row: Int) -> String {
        let header = ScoreTableReader.header
        let hint =
            count > header.count ? "; a comment that contains a comma must be in double quotes" : ""
        return
            "row \(row) has \(NumberText.counted(count, "field")), but the header has \(header.count) (\(header.joined(separator: ",")))\(hint)"
    }

    /// The index of the id in field `field`, or nil (reported) when it is unknown.
    private mutating func resolve(
        _ record: borrowing CSVRecord, _ field: Int, row: Int, kind: String, ids: [String]?,
        lookup: (String) -> Int32?
    ) -> Int32? {
        let id = (record.string(field) ?? "").trimmingWhitespace()
        guard ids != nil else { return nil }
        if let index = lookup(id) { return index }
        if field == 1, context.unreadableSubmissions.contains(id) { return nil }
        let what = id.isEmpty ? "no \(kind)" : "unknown \(kind) '\(id)'"
        report(
            "row \(row): \(what)\(suggestion(for: id, among: ids))", at: record.fields[field].offset
        )
        return nil
    }

    private mutating func suggestion(for id: String, among ids: [String]?) -> String {
        if let known = suggestions[id] { return known }
        let suggestion = reader.suggestion(for: id, among: ids)
        suggestions[id] = suggestion
        return suggestion
    }

    /// The score, checked by the one `ScoreCheck` that imports and the terminal use too.
    private func checkScore(_ record: borrowing CSVRecord, row: Int) -> Double? {
        let offset = record.fields[3].offset
        guard let scale = context.scale else { return record.number(3) }
        let problem: ScoreCheck.Problem
        let written = (record.string(3) ?? "").trimmingWhitespace()
        if let score = record.number(3) {
            guard let found = ScoreCheck.check(score, scale: scale) else { return score }
            problem = found
        } else {
            problem = written.isEmpty ? .empty : .notANumber(written)
        }
        report(
            "row \(row): " + ScoreCheck.message(problem, scale: scale, written: written), at: offset
        )
        return nil
    }

    private func checkComment(_ record: borrowing CSVRecord, row: Int) -> Bool {
        guard context.requireComments, record.isBlank(4) else { return true }
        report(
            "row \(row): the comment is empty, but the rubric requires a comment with every score (panel.requireComments)",
            at: record.fields[4].offset)
        return false
    }

    private mutating func isFirst(
        evaluator: Int32, submission: Int32, criterion: Int32, record: borrowing CSVRecord,
        row: Int, table: ScoreTable
    ) -> Bool {
        let key = self.key(evaluator, submission, criterion)
        if !seenBits.isEmpty {
            let (word, bit) = (key >> 6, UInt64(1) << UInt64(key & 63))
            if seenBits[word] & bit == 0 {
                seenBits[word] |= bit
                return true
            }
            // A repeat: from now on remember where each key was first met, to name its line.
            seenBits = []
            for earlier in 0..<table.count {
                let earlierKey = self.key(
                    table.evaluators[earlier], table.submissions[earlier], table.criteria[earlier])
                if seen[earlierKey] == nil { seen[earlierKey] = table.rowOffsets[earlier] }
            }
        }
        if let first = seen[key] {
            let line = reader.source.location(at: first).line
            report(
                "row \(row): evaluator '\(record.string(0) ?? "")' already scored submission '\(record.string(1) ?? "")' on criterion '\(record.string(2) ?? "")' (line \(line)); remove one of the two rows",
                at: record.offset)
            return false
        }
        seen[key] = record.offset
        return true
    }

    /// (evaluator, submission, criterion) packed into one number.
    private func key(_ evaluator: Int32, _ submission: Int32, _ criterion: Int32) -> Int {
        (Int(evaluator) * submissionsCount + Int(submission)) * criteriaCount + Int(criterion)
    }

    private func report(_ message: String, at offset: Int) {
        reader.log.error(message, in: reader.source, at: offset)
    }
}
