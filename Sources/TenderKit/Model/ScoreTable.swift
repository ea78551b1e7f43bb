/// The panel's scores (`scores.csv`), held as columns of indices for speed at national scale.
///
/// Row `r` says evaluator `evaluators[r]` (index into the panel, file order) gave submission
/// `submissions[r]` (index into the round's submissions, file order) the score `scores[r]` on
/// criterion `criteria[r]` (index into the rubric's criteria, file order). Comments stay in the
/// file's bytes, read again from the row's offset when asked for, so five million rows cost five
/// small numbers each.
public struct ScoreTable: Sendable {
    /// The header of `scores.csv`, and of every scoresheet.
    public static let columns = ["evaluator", "submission", "criterion", "score", "comment"]

    public let source: SourceText
    public private(set) var evaluators: [Int32] = []
    public private(set) var submissions: [Int32] = []
    public private(set) var criteria: [Int32] = []
    public private(set) var scores: [Double] = []
    /// Byte offset of each row in `source`, for locations, comments and rewriting the file.
    public private(set) var rowOffsets: [Int] = []

    public init(source: SourceText) {
        self.source = source
    }

    public var count: Int { scores.count }

    mutating func append(
        evaluator: Int32, submission: Int32, criterion: Int32, score: Double, rowOffset: Int
    ) {
        evaluators.append(evaluator)
        submissions.append(submission)
        criteria.append(criterion)
        scores.append(score)
        rowOffsets.append(rowOffset)
    }

    /// The rows of `parts` in order: tables read from consecutive parts of the same file.
    init(source: SourceText, joining parts: [ScoreTable]) {
        self.source = source
        evaluators = ParallelMap.joined(parts.map(\.evaluators))
        submissions = ParallelMap.joined(parts.map(\.submissions))
        criteria = ParallelMap.joined(parts.map(\.criteria))
        scores = ParallelMap.joined(parts.map(\.scores))
        rowOffsets = ParallelMap.joined(parts.map(\.rowOffsets))
    }

    mutating func reserveCapacity(_ rows: Int) {
        evaluators.reserveCapacity(rows)
        submissions.reserveCapacity(rows)
        criteria.reserveCapacity(rows)
        scores.reserveCapacity(rows)
        rowOffsets.reserveCapacity(rows)
    }

    /// The comment of row `row`, trimmed of surrounding white space, from a row in scores.csv's
    /// layout (`columns`). (A scoresheet's rows, whose columns may stand in any order, are kept in
    /// a table only to find repeats, and their comments are not read from it.)
    public func comment(_ row: Int) -> String {
        source.bytes.withUnsafeBufferPointer { buffer in
            if let comment = ScoreTable.commentFromBytes(in: buffer, from: rowOffsets[row]) {
                return comment
            }
            var parser = CSVParser(buffer: buffer)
            parser.index = rowOffsets[row]
            var record = CSVRecord(buffer: buffer)
            // The row was read and checked from this offset, so it has its five fields.
            guard parser.next(into: &record), record.count == ScoreTable.columns.count else {
                return ""
            }
            return (record.string(ScoreTable.columns.count - 1) ?? "").trimmingWhitespace()
        }
    }

    /// The comment of the row at `offset` when no field but the comment is quoted (nearly every
    /// row of a national round), read straight from the bytes: after the fourth comma to the end
    /// of the line, trimmed as `comment` trims. nil for a row with any other quote, or a fifth
    /// comma outside quotes, which the CSV parser reads instead (the row object, field list and
    /// Unicode trimming of the parser's way cost 3,000 instructions a comment, 50 in each
    /// applicant's summary).
    private static func commentFromBytes(in buffer: UnsafeBufferPointer<UInt8>, from offset: Int)
        -> String?
    {
        let comma = UInt8(ascii: ",")
        let quote = UInt8(ascii: "\"")
        let lineFeed = UInt8(ascii: "\n")
        var index = offset
        var commas = 0
        while commas < 4 {
            guard index < buffer.count, buffer[index] != quote, buffer[index] != lineFeed else {
                return nil
            }
            if buffer[index] == comma { commas += 1 }
            index += 1
        }
        if index < buffer.count, buffer[index] == quote {
            return quotedComment(in: buffer, from: index)
        }
        var end = index
        while end < buffer.count, buffer[end] != lineFeed {
            if buffer[end] == comma || buffer[end] == quote { return nil }
            end += 1
        }
        return trimmed(buffer[index..<end])
    }

    /// A comment that is the row's only quoted field (one holding a comma, as many do), from its
    /// opening quote: the text between the quotes with each doubled quote read as one, trimmed.
    /// nil when anything but the line's end follows the closing quote.
    private static func quotedComment(in buffer: UnsafeBufferPointer<UInt8>, from opening: Int)
        -> String?
    {
        let quote = UInt8(ascii: "\"")
        var unescaped: [UInt8]?
        var piece = opening + 1
        var index = piece
        while true {
            guard index < buffer.count else { return nil }
            if buffer[index] == quote {
                guard index + 1 < buffer.count, buffer[index + 1] == quote else { break }
                unescaped = (unescaped ?? []) + buffer[piece...index]
                index += 2
                piece = index
            } else {
                index += 1
            }
        }
        var after = index + 1
        if after < buffer.count, buffer[after] == 0x0D { after += 1 }
        guard after == buffer.count || buffer[after] == UInt8(ascii: "\n") else { return nil }
        guard var bytes = unescaped else { return trimmed(buffer[piece..<index]) }
        bytes += buffer[piece..<index]
        return bytes.withUnsafeBufferPointer { trimmed($0[...]) }
    }

    /// The bytes as text without the spaces, tabs and line ends around them (`trimmingWhitespace`),
    /// or empty when they are not UTF-8 (the loader reports that).
    private static func trimmed(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> String {
        let isSpace = { (byte: UInt8) in
            byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A
        }
        var start = bytes.startIndex
        var end = bytes.endIndex
        while start < end, isSpace(bytes[start]) { start += 1 }
        while end > start, isSpace(bytes[end - 1]) { end -= 1 }
        return ValidatedUTF8.string(UnsafeBufferPointer(rebasing: bytes[start..<end])) ?? ""
    }

    public func location(ofRow row: Int) -> SourceLocation {
        source.location(at: rowOffsets[row])
    }

    /// The line row `row` starts on.
    public func line(ofRow row: Int) -> Int {
        source.line(at: rowOffsets[row])
    }

    /// The line row `row` starts on, searched for near the line of the row looked up before it
    /// (`SourceText.line(at:near:)`; `hint` starts at -1, for a search of the whole file, and
    /// is updated).
    public func line(ofRow row: Int, near hint: inout Int) -> Int {
        source.line(at: rowOffsets[row], near: &hint)
    }
}
