/// Reads `scores.csv` against the round's evaluators, submissions and rubric: the header, then
/// every row by the one `ScoreRowCheck` that imported scoresheets use too; a large sound file on
/// every core (`ScoreFileParts`).
///
/// Every broken row is reported; the table is returned only when none is.
struct ScoreTableReader {
    static let header = ScoreTable.columns

    let source: SourceText
    let rules: ScoreRowRules
    let log: DiagnosticLog

    /// Reads every row; the table is nil when any row (or the header) is wrong.
    func read() -> ScoreTable? {
        let errorsBefore = log.count
        let notUTF8 = TextEncoding.check(source, advice: TextEncoding.csvAdvice, log: log)
        if notUTF8.isEmpty, let table = ScoreFileParts(source: source, rules: rules).read() {
            return table
        }
        var table = ScoreTable(source: source)
        table.reserveCapacity(source.bytes.count / 48)
        var check = ScoreRowCheck(source: source, rules: rules)
        var problems: [ScoreRowError] = []
        var sawHeader = false
        // False when the header shows the lines cannot be told apart (lone CR line ends).
        var rowsReadable = true
        let syntaxErrors = CSVReader.forEachRecord(in: source.bytes) { record in
            if record.count == 1, record.isBlank(0) { return }
            if TextEncoding.touches(notUTF8, record.offset, record.end) {
                if !sawHeader { check.headerNumber = record.number }
                sawHeader = true
                return
            }
            guard sawHeader else {
                sawHeader = true
                check.headerNumber = record.number
                rowsReadable = checkHeader(record)
                return
            }
            guard rowsReadable else { return }
            if let row = check.check(record, earlier: table, problems: &problems) {
                table.append(
                    evaluator: row.evaluator, submission: row.submission, criterion: row.criterion,
                    score: row.score, rowOffset: record.offset)
            }
            report(&problems)
        }
        for error in syntaxErrors { log.error(error.message, in: source, at: error.offset) }
        if !sawHeader {
            log.error(
                "scores.csv is empty: it needs at least the header \(ScoreTableReader.header.joined(separator: ","))",
                at: source.location(at: 0))
        }
        return log.count == errorsBefore && rules.isComplete ? table : nil
    }

    /// Logs the problems of a row, and empties the list for the next.
    private func report(_ problems: inout [ScoreRowError]) {
        for problem in problems { log.error(problem.message, in: source, at: problem.offset) }
        problems.removeAll(keepingCapacity: true)
    }

    /// A record's fields as header names (trimmed); the header is right when they are `header`.
    static func headerNames(_ record: borrowing CSVRecord) -> [String] {
        (0..<record.count).map { (record.string($0) ?? "").trimmingWhitespace() }
    }

    /// Checks the header; false when the rows after it cannot be read as rows at all.
    private func checkHeader(_ record: borrowing CSVRecord) -> Bool {
        let names = ScoreTableReader.headerNames(record)
        guard names != ScoreTableReader.header else { return true }
        if names.contains(where: { $0.contains("\r") }) {
            log.error(
                "the lines of this file end with a lone carriage return (CR), which CSV does not allow: save it with Windows (CRLF) or Unix (LF) line ends",
                in: source, at: record.offset)
            return false
        }
        let expected = ScoreTableReader.header.joined(separator: ",")
        log.error(
            "the header must be exactly '\(expected)', but it is '\(names.joined(separator: ","))'",
            in: source, at: record.offset)
        return true
    }
}
