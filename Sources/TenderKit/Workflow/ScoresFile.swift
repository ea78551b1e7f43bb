/// Rewrites `scores.csv` when scores are added or replaced: untouched rows keep their exact bytes,
/// replaced rows are removed, and new rows are appended at the end, so a reviewer's diff shows
/// only what changed.
public struct ScoresFile {
    public struct NewRow: Sendable {
        public var evaluator: String
        public var submission: String
        public var criterion: String
        public var score: String
        public var comment: String

        public init(
            evaluator: String, submission: String, criterion: String, score: String, comment: String
        ) {
            self.evaluator = evaluator
            self.submission = submission
            self.criterion = criterion
            self.score = score
            self.comment = comment
        }
    }

    /// The file with the records starting at `removing` (byte offsets of rows) taken out and `adding` appended.
    public static func rewrite(_ source: SourceText, removing: Set<Int>, adding: [NewRow])
        -> [UInt8]
    {
        var starts: [Int] = []
        CSVReader.forEachRecord(in: source.bytes) { record in starts.append(record.offset) }
        var output: [UInt8] = []
        output.reserveCapacity(source.bytes.count + adding.count * 64)
        var cursor = 0
        for (index, start) in starts.enumerated() where removing.contains(start) {
            output += source.bytes[cursor..<start]
            cursor = index + 1 < starts.count ? starts[index + 1] : source.bytes.count
        }
        output += source.bytes[cursor...]
        if let last = output.last, last != UInt8(ascii: "\n") { output.append(UInt8(ascii: "\n")) }
        var writer = CSVWriter(neutralisesFormulas: false)
        for row in adding {
            writer.writeRow([row.evaluator, row.submission, row.criterion, row.score, row.comment])
        }
        output += Array(writer.text.utf8)
        return output
    }
}

extension ScoresFile {
    /// The file with `row` in place of the evaluator's earlier score for the same submission and
    /// criterion (if any), appended at the end. Finds the earlier row by reading the file as it
    /// now is, so it can be called after every answer of an interactive session.
    public static func upsert(_ bytes: [UInt8], _ row: NewRow) -> [UInt8] {
        var earlier: Set<Int> = []
        CSVReader.forEachRecord(in: bytes) { record in
            guard record.count >= 3 else { return }
            let key = (0..<3).map { (record.string($0) ?? "").trimmingWhitespace() }
            if key == [row.evaluator, row.submission, row.criterion] {
                earlier.insert(record.offset)
            }
        }
        return rewrite(
            SourceText(path: "scores.csv", bytes: bytes), removing: earlier, adding: [row])
    }
}
