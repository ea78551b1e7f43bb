/// The bytes of `decision.json`'s score rows, `{"evaluator": "e1", "score": 4, "line": 2}`, of
/// which a national round has five million: each evaluator's part up to the score is worked out
/// once, by a `JSONWriter` (so it is what the writer itself would write), and all are held in one
/// array, so that the cores writing rows share no reference count.
struct ScoreRowBytes: Sendable {
    /// Every evaluator's opening, `{"evaluator": "e1", "score": `, one after another.
    private let openings: [UInt8]
    /// Where evaluator `i`'s opening starts; one more than there are evaluators.
    private let starts: [Int]
    /// What comes between the score and the line: `, "line": `.
    private let lineKey: [UInt8]

    init(evaluatorIDs: [String]) {
        var openings: [UInt8] = []
        var starts = [0]
        for id in evaluatorIDs {
            var writer = JSONWriter()
            writer.beginObject(inline: true)
            writer.field("evaluator", id)
            writer.key("score")
            openings += writer.bytes
            starts.append(openings.count)
        }
        self.openings = openings
        self.starts = starts
        var writer = JSONWriter()
        writer.beginObject(inline: true)
        writer.field("score", 0)
        let scoreEnd = writer.count
        writer.key("line")
        lineKey = Array(writer.bytes[scoreEnd...])
    }

    /// Appends the row of the evaluator at `evaluator` (its index in the panel).
    func append(evaluator: Int, score: Double, line: Int, to buffer: inout ByteBuffer) {
        openings.withUnsafeBufferPointer {
            buffer.append(
                contentsOf: UnsafeBufferPointer(
                    rebasing: $0[starts[evaluator]..<starts[evaluator + 1]]))
        }
        buffer.appendJSONNumber(score)
        lineKey.withUnsafeBufferPointer { buffer.append(contentsOf: $0) }
        buffer.appendDigits(line)
        buffer.append(UInt8(ascii: "}"))
    }
}
