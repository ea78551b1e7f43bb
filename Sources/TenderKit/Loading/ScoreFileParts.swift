import Foundation

/// Reads a large `scores.csv` on every core: the rows after the header are cut into parts at
/// record ends, each part is read and checked by its own `ScoreRowCheck`, and the parts' rows are
/// joined in file order and looked over once for repeats. The table is the one reading the file
/// in order gives, row for row.
///
/// Only a sound file is read this way: at the first problem of any kind (text that is not UTF-8,
/// a header that is not exactly right, a syntax error, a row the check refuses, a repeat) this
/// gives up and `ScoreTableReader` reads the file in order, so every diagnostic is exactly what it
/// always was.
///
/// A record end is a line feed outside quotes: one where the quotes before it in the file are even
/// in number (a doubled quote inside a quoted field counts twice). The quotes are counted in each
/// part on its own core, then added up.
struct ScoreFileParts {
    /// Files smaller than this are read in order (the parts would not pay for themselves).
    static let minimumBytes = 4 << 20

    let source: SourceText
    let rules: ScoreRowRules
    var minimumBytes = ScoreFileParts.minimumBytes

    /// The table, or nil when the file is small, only one thread is allowed, or anything is wrong.
    func read() -> ScoreTable? {
        let workers = ParallelMap.threadLimit ?? ProcessInfo.processInfo.activeProcessorCount
        guard source.bytes.count >= minimumBytes, workers > 1, rules.isComplete else { return nil }
        return source.bytes.withUnsafeBufferPointer { buffer -> ScoreTable? in
            guard let headerEnd = headerEnd(buffer) else { return nil }
            let bounds = partBounds(buffer, from: headerEnd, parts: workers * 4)
            let source = self.source
            // Each part's check starts as a copy of this one, sharing its tables of ids.
            let check = ScoreRowCheck(source: source, rules: rules, checksRepeats: false)
            let parts = ParallelMap.map(bounds.count - 1, minimumChunk: 1) { part in
                source.bytes.withUnsafeBufferPointer { buffer in
                    ScoreFileParts.readPart(
                        buffer, bounds[part]..<bounds[part + 1], source: source, check: check)
                }
            }
            let read = parts.compactMap { $0 }
            guard read.count == parts.count else { return nil }
            let table = ScoreTable(source: source, joining: read)
            return hasRepeats(table) ? nil : table
        }
    }

    /// Where the rows start: after a first record that is exactly the header.
    private func headerEnd(_ buffer: UnsafeBufferPointer<UInt8>) -> Int? {
        var parser = CSVParser(buffer: buffer)
        var record = CSVRecord(buffer: buffer)
        guard parser.next(into: &record), parser.errors.isEmpty,
            ScoreTableReader.headerNames(record) == ScoreTableReader.header
        else { return nil }
        return parser.index
    }

    /// `parts + 1` ascending offsets from `start` to the end of the text, each a record's start.
    private func partBounds(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, parts: Int)
        -> [Int]
    {
        let length = buffer.count - start
        let guesses = (0...parts).map { start + $0 * length / parts }
        let bytes = source.bytes
        let quotes = ParallelMap.map(parts, minimumChunk: 1) { part in
            bytes.withUnsafeBufferPointer { buffer in
                var count = 0
                for byte in buffer[guesses[part]..<guesses[part + 1]] {
                    count &+= byte == UInt8(ascii: "\"") ? 1 : 0
                }
                return count
            }
        }
        var bounds = [start]
        var quotesBefore = 0
        for part in 1..<parts {
            quotesBefore += quotes[part - 1]
            let bound = recordStart(buffer, from: guesses[part], odd: quotesBefore % 2 == 1)
            if bound > bounds[bounds.count - 1] { bounds.append(bound) }
        }
        if buffer.count > bounds[bounds.count - 1] { bounds.append(buffer.count) }
        return bounds
    }

    /// The first offset at or after `offset` that follows a line feed outside quotes (`odd`: the
    /// quotes before `offset` are odd in number), or the end of the text.
    private func recordStart(_ buffer: UnsafeBufferPointer<UInt8>, from offset: Int, odd: Bool)
        -> Int
    {
        var inQuotes = odd
        var index = offset
        while index < buffer.count {
            let byte = buffer[index]
            index += 1
            if byte == UInt8(ascii: "\"") {
                inQuotes.toggle()
            } else if byte == UInt8(ascii: "\n"), !inQuotes {
                return index
            }
        }
        return buffer.count
    }

    /// The rows of one part, or nil at its first problem (or a record running past its end).
    private static func readPart(
        _ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, source: SourceText,
        check: ScoreRowCheck
    ) -> ScoreTable? {
        var parser = CSVParser(buffer: buffer)
        parser.index = range.lowerBound
        parser.end = range.upperBound
        var record = CSVRecord(buffer: buffer)
        var check = check
        var table = ScoreTable(source: source)
        table.reserveCapacity(range.count / 48)
        var problems: [ScoreRowError] = []
        while parser.next(into: &record) {
            guard parser.errors.isEmpty, parser.index <= range.upperBound else { return nil }
            if record.count == 1, record.isBlank(0) { continue }
            guard let row = check.check(record, earlier: table, problems: &problems) else {
                return nil
            }
            table.append(
                evaluator: row.evaluator, submission: row.submission, criterion: row.criterion,
                score: row.score, rowOffset: record.offset)
        }
        return parser.errors.isEmpty ? table : nil
    }

    /// Whether any (evaluator, submission, criterion) is scored twice.
    private func hasRepeats(_ table: ScoreTable) -> Bool {
        var repeats = ScoreRowRepeats(rules: rules)
        // At a repeat the whole table stands for the rows before it: the first row of the key
        // is among them, which is all that is asked here.
        return (0..<table.count).contains { row in
            repeats.firstOffset(
                evaluator: table.evaluators[row], submission: table.submissions[row],
                criterion: table.criteria[row], offset: table.rowOffsets[row], earlier: table)
                != nil
        }
    }
}
