/// Reads `scores.csv` against the round's evaluators, submissions and rubric, checking every row:
/// known evaluator, submission and panel-scored criterion, a number within the scale, a comment
/// where the rubric requires one, and no (evaluator, submission, criterion) scored twice.
///
/// Every broken row is reported; the table is returned only when none is. A class, so the five
/// million lookups of a national round share one reader instead of copying it.
final class ScoreTableReader {
    static let header = ScoreTable.columns

    /// What rows are checked against. Unknown (nil) parts are skipped: their files failed to load.
    struct Context {
        var evaluators: [String]?
        var submissions: [String]?
        /// Submissions whose files could not be read: rows naming them are not checked further.
        var unreadableSubmissions: Set<String> = []
        var criteria: [String]?
        var isQuality: [Bool]
        /// The rubric's scale, when it is usable (min below max).
        var scale: Rubric.Scale?
        var requireComments: Bool
    }

    let source: SourceText
    let context: Context
    let log: DiagnosticLog
    private let evaluatorIndex: [String: Int32]
    private let submissionIndex: [String: Int32]
    private let criterionIndex: [String: Int32]

    init(source: SourceText, context: Context, log: DiagnosticLog) {
        self.source = source
        self.context = context
        self.log = log
        evaluatorIndex = ScoreTableReader.index(context.evaluators)
        submissionIndex = ScoreTableReader.index(context.submissions)
        criterionIndex = ScoreTableReader.index(context.criteria)
    }

    private static func index(_ ids: [String]?) -> [String: Int32] {
        var index: [String: Int32] = [:]
        for (position, id) in (ids ?? []).enumerated() where index[id] == nil {
            index[id] = Int32(position)
        }
        return index
    }

    /// Reads every row; the table is nil when any row (or the header) is wrong.
    func read() -> ScoreTable? {
        let errorsBefore = log.count
        var table = ScoreTable(source: source)
        table.reserveCapacity(source.bytes.count / 48)
        var checker = ScoreRowChecker(reader: self)
        var sawHeader = false
        // False when the header shows the lines cannot be told apart (lone CR line ends).
        var rowsReadable = true
        let notUTF8 = TextEncoding.check(source, advice: TextEncoding.csvAdvice, log: log)
        let syntaxErrors = CSVReader.forEachRecord(in: source.bytes) { record in
            if record.count == 1, record.isBlank(0) { return }
            if TextEncoding.touches(notUTF8, record.offset, record.end) {
                if !sawHeader { checker.headerNumber = record.number }
                sawHeader = true
                return
            }
            guard sawHeader else {
                sawHeader = true
                checker.headerNumber = record.number
                rowsReadable = checkHeader(record)
                return
            }
            if rowsReadable { checker.check(record, into: &table) }
        }
        for error in syntaxErrors { log.error(error.message, in: source, at: error.offset) }
        if !sawHeader {
            log.error(
                "scores.csv is empty: it needs at least the header \(ScoreTableReader.header.joined(separator: ","))",
                at: source.location(at: 0))
        }
        let complete =
            context.evaluators != nil && context.submissions != nil && context.criteria != nil
            && context.scale != nil
        return log.count == errorsBefore && complete ? table : nil
    }

    /// Checks the header; false when the rows after it cannot be read as rows at all.
    private func checkHeader(_ record: borrowing CSVRecord) -> Bool {
        let names = (0..<record.count).map { (record.string($0) ?? "").trimmingWhitespace() }
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

    func suggestion(for id: String, among ids: [String]?) -> String {
        EditDistance.didYouMean(id, amongAtMost: ids ?? [])
    }

    func evaluator(_ id: String) -> Int32? { evaluatorIndex[id] }
    func submission(_ id: String) -> Int32? { submissionIndex[id] }
    func criterion(_ id: String) -> Int32? { criterionIndex[id] }
}
