import Foundation

/// Writes `decision.json`, the machine-readable decision record (schema version `schemaVersion`): every number
/// unrounded, submissions sorted by id, each with its gates, criteria (with the scores that count),
/// flags and reasons. Written straight to bytes, with no JSON tree in between, and streamed to its
/// file a batch of submissions at a time (`SubmissionBatch`). One function per section.
public struct DecisionRecordWriter: Sendable {
    let decision: Decision
    let round: LoadedRound
    let reasonWords: ReasonWords
    /// The panel's ids in panel order (a score row holds its evaluator's index).
    let evaluatorIDs: [String]
    /// The fixed parts of the score rows, five million in a national round.
    let scoreRowBytes: ScoreRowBytes

    /// The version of the record's shape: 2 added `sensitivity` and `inputs`.
    public static let schemaVersion = 2

    public init(decision: Decision, round: LoadedRound) {
        self.decision = decision
        self.round = round
        reasonWords = ReasonWords(round: round.round)
        evaluatorIDs = round.panel.evaluators.map(\.id)
        scoreRowBytes = ScoreRowBytes(evaluatorIDs: evaluatorIDs)
    }

    /// The whole record in memory (tests, small rounds).
    public func write() -> [UInt8] {
        let sink = FileSink.inMemory("decision.json")
        try? write(to: sink)
        return sink.collected
    }

    /// Streams the record to `sink`, one section after another, a batch of submissions at a time:
    /// a national round's record is never held whole in memory.
    public func write(to sink: FileSink) throws(AtomicFile.WriteError) {
        var json = JSONWriter()
        json.beginObject()
        writeHeader(&json)
        writeRound(&json)
        writeStatus(&json)
        // The sections after the submissions are rendered on another core meanwhile (a national
        // round's conflicts and inputs run to 100,000 entries each).
        let (sections, written) = ParallelMap.alongside(
            background: { sectionsAfterSubmissions() },
            body: {
                Result { () throws(AtomicFile.WriteError) in try writeSubmissions(&json, to: sink) }
            })
        try written.get()
        try sink.write(json.bytes)
        try sink.write(sections)
        json.clearBytes()
        json.endObject()
        try sink.write(json.bytes)
    }

    /// Conflicts, remaining budget, history, lots and standstill, sensitivity and inputs: the
    /// record's members after `submissions`, as the record's own writer would write them.
    private func sectionsAfterSubmissions() -> [UInt8] {
        var json = JSONWriter(elementsAt: 1, first: false)
        writeConflicts(&json)
        writeRemainingBudget(&json)
        writeHistory(&json)
        writeLotsAndStandstill(&json)
        writeSensitivity(&json)
        writeInputs(&json)
        return json.bytes
    }

    private func writeHeader(_ json: inout JSONWriter) {
        json.field("schemaVersion", Self.schemaVersion)
        json.field("engineVersion", EngineVersion.current)
    }

    private func writeStatus(_ json: inout JSONWriter) {
        json.field("status", decision.status.rawValue)
        json.key("blocking")
        json.beginArray()
        for item in decision.blocking { writeBlocking(item, &json) }
        json.endArray()
    }

    /// The submissions in id order, rendered on every core a batch at a time (each piece by its
    /// own writer, joined in order: the same bytes as one writer), each batch rendered while the
    /// one before it is written to `sink`.
    private func writeSubmissions(_ json: inout JSONWriter, to sink: FileSink)
        throws(AtomicFile.WriteError)
    {
        json.key("submissions")
        json.beginArray()
        try sink.write(json.bytes)
        json.clearBytes()
        let order = decision.positionsByID
        let batch = SubmissionBatch.size
        var written = SubmissionBatch(pieces: render(order, from: 0))
        for start in stride(from: batch, through: order.count, by: batch) {
            let next = SubmissionBatch()
            let outcome = ParallelMap.alongside(
                background: { next.pieces = render(order, from: start) },
                body: { Result { () throws(AtomicFile.WriteError) in try written.write(to: sink) } }
            )
            try outcome.get()
            written = next
        }
        try written.write(to: sink)
        json.countElements(order.count)
        json.endArray()
    }

    /// The pieces of the batch of submissions starting at `start` in `order`.
    private func render(_ order: [Int], from start: Int) -> [[UInt8]] {
        let end = min(start + SubmissionBatch.size, order.count)
        let piece = SubmissionBatch.pieceSize
        guard start < end else { return [] }
        return ParallelMap.map((end - start + piece - 1) / piece, minimumChunk: 1) { index in
            let first = start + index * piece
            var writer = JSONWriter(elementsAt: 2, first: first == 0)
            for position in first..<min(first + piece, end) {
                writeSubmission(decision.submissions[order[position]], &writer)
            }
            return writer.bytes
        }
    }

    private func writeConflicts(_ json: inout JSONWriter) {
        json.key("conflicts")
        json.beginArray()
        for finding in decision.conflicts.findings { writeFinding(finding, &json) }
        json.endArray()
    }

    private func writeRemainingBudget(_ json: inout JSONWriter) {
        json.field("remainingBudget", decision.remainingBudget)
    }

    /// `"history": {"entries": N, "sha256": DIGEST}`: the round's journal up to its last recorded
    /// entry (see `HistoryJournal.recorded`), whose digest seals every entry before it; null
    /// when the round has no history.
    private func writeHistory(_ json: inout JSONWriter) {
        json.key("history")
        guard let history = round.history, let digest = history.recordedDigest else {
            return json.null()
        }
        json.beginObject()
        json.field("entries", history.recorded.count)
        json.field("sha256", digest)
        json.endObject()
    }

    private func writeRound(_ json: inout JSONWriter) {
        json.key("round")
        json.beginObject()
        json.field("id", decision.roundID)
        json.field("title", decision.roundTitle)
        json.field("mode", decision.mode.rawValue)
        json.field("budget", decision.budget.amount)
        json.field("currency", decision.budget.currency)
        writeRegime(&json)
        json.key("rubric")
        json.beginObject()
        json.field("id", round.rubric.id)
        json.field("version", round.rubric.version)
        json.endObject()
        json.endObject()
    }

    private func writeFinding(_ finding: ConflictFinding, _ json: inout JSONWriter) {
        json.beginObject()
        json.field("evaluator", finding.evaluator)
        json.field("submission", finding.submission)
        json.field("basis", finding.basis.rawValue)
        json.field("strength", finding.strength.rawValue)
        json.field("outcome", ConflictWords.outcome(finding.outcome))
        json.field("evidence", finding.evidence)
        if let rationale = finding.rationale {
            json.key("rationale")
            json.string(rationale)
        }
        json.endObject()
    }

    private func writeBlocking(_ item: BlockingItem, _ json: inout JSONWriter) {
        json.beginObject()
        json.field("kind", item.kind.rawValue)
        json.field("submission", item.submission)
        if let criterion = item.criterion {
            json.key("criterion")
            json.string(criterion)
        }
        if let evaluator = item.evaluator {
            json.key("evaluator")
            json.string(evaluator)
        }
        if let field = item.field {
            json.key("field")
            json.string(field)
        }
        json.field("detail", BlockingWords.detail(item.detail))
        json.endObject()
    }

    private func writeSubmission(_ result: SubmissionResult, _ json: inout JSONWriter) {
        json.beginObject()
        json.field("id", result.id)
        json.field("organisation", result.organisation)
        json.field("status", result.status.rawValue)
        json.field("rank", result.rank)
        json.field("total", result.total)
        json.field("qualityPercent", result.qualityPercent)
        json.field("amount", result.amount)
        json.field("awarded", result.awarded)
        json.key("gates")
        json.beginArray()
        for gate in result.gates { writeGate(gate, &json) }
        json.endArray()
        json.key("criteria")
        json.beginArray()
        // By index: a loop over the elements would copy each criterion's result.
        for index in result.criteria.indices { writeCriterion(result.criteria[index], &json) }
        json.endArray()
        json.key("flags")
        json.beginArray()
        for flag in result.flags {
            json.beginObject()
            json.field("kind", FlagWords.kind(flag.kind))
            if let criterion = flag.criterion {
                json.key("criterion")
                json.string(criterion)
            }
            json.field("detail", FlagWords.detail(flag))
            json.endObject()
        }
        json.endArray()
        json.key("reasons")
        json.beginArray()
        for reason in result.reasons { json.string(reasonWords.text(reason)) }
        json.endArray()
        writeLotFields(result, &json)
        json.endObject()
    }

    private func writeGate(_ gate: GateResult, _ json: inout JSONWriter) {
        json.beginObject()
        json.field("id", gate.id)
        json.field("passed", gate.passed)
        if let message = gate.message {
            json.key("message")
            json.string(GateWords.message(message, problem: gate.problem))
        }
        json.field("explanation", gate.explanation)
        json.endObject()
    }

    /// One line per criterion, its scores included: at national scale (1,100,000 criteria) the
    /// line breaks and indents of a member per line were a quarter of the record.
    private func writeCriterion(_ criterion: CriterionResult, _ json: inout JSONWriter) {
        json.beginObject(inline: true)
        json.field(Key.id, criterion.id)
        json.field(Key.type, criterion.kind.rawValue)
        if criterion.kind == .quality {
            json.field(Key.consensus, criterion.consensus)
            json.field(Key.spread, criterion.spread)
            json.field(Key.source, criterion.source?.rawValue)
        } else {
            json.field(Key.value, criterion.value)
        }
        json.field(Key.points, criterion.points)
        if criterion.kind == .quality { writeScores(criterion, &json) }
        json.endObject()
    }

    /// Every score that counts, with the line of scores.csv it is on; the comment itself is not
    /// copied (scores.csv is an input, its SHA-256 in the rationale): at national scale the
    /// copies would be a third of the record.
    private func writeScores(_ criterion: CriterionResult, _ json: inout JSONWriter) {
        let scores = round.scores
        json.key("scores")
        json.beginArray()
        var lineHint = -1
        for row in criterion.scoreRows {
            let row = Int(row)
            let line = scores.line(ofRow: row, near: &lineHint)
            json.element { bytes in
                scoreRowBytes.append(
                    evaluator: Int(scores.evaluators[row]), score: scores.scores[row], line: line,
                    to: &bytes)
            }
        }
        json.endArray()
        json.key("excluded")
        json.beginArray(inline: true)
        for evaluator in criterion.excluded { json.string(evaluatorIDs[evaluator]) }
        json.endArray()
    }
}

/// The names of the members written for every criterion and score row.
private enum Key {
    static let id = JSONKey("id")
    static let type = JSONKey("type")
    static let consensus = JSONKey("consensus")
    static let spread = JSONKey("spread")
    static let source = JSONKey("source")
    static let value = JSONKey("value")
    static let points = JSONKey("points")
}

/// A batch of rendered submissions, filled on one thread and written on another.
private final class SubmissionBatch: @unchecked Sendable {
    /// Submissions per batch, and per piece (one writer's share).
    static let size = 4096
    static let pieceSize = 64

    var pieces: [[UInt8]] = []

    init(pieces: [[UInt8]] = []) {
        self.pieces = pieces
    }

    func write(to sink: FileSink) throws(AtomicFile.WriteError) {
        for bytes in pieces { try sink.write(bytes) }
    }
}
