import Foundation

/// Writes `decision.json`, the machine-readable decision record (schema version 1): every number
/// unrounded, submissions sorted by id, each with its gates, criteria (with the scores that count),
/// flags and reasons. Written straight to bytes, with no JSON tree in between, so a national round
/// holds the record in memory once.
public struct DecisionRecordWriter {
    let decision: Decision
    let round: LoadedRound

    public init(decision: Decision, round: LoadedRound) {
        self.decision = decision
        self.round = round
    }

    public func write() -> [UInt8] {
        var json = JSONWriter()
        json.beginObject()
        json.key("schemaVersion"); json.int(1)
        json.key("engineVersion"); json.string(EngineVersion.current)
        writeRound(&json)
        json.key("status"); json.string(decision.status.rawValue)
        json.key("blocking"); json.beginArray()
        for item in decision.blocking { writeBlocking(item, &json) }
        json.endArray()
        json.key("submissions"); json.beginArray()
        for result in decision.submissions.sorted(by: { $0.id < $1.id }) { writeSubmission(result, &json) }
        json.endArray()
        json.key("conflicts"); json.beginArray()
        for finding in decision.conflicts.findings { writeFinding(finding, &json) }
        json.endArray()
        json.key("remainingBudget"); json.decimal(decision.remainingBudget)
        json.endObject()
        return json.bytes
    }

    private func writeRound(_ json: inout JSONWriter) {
        json.key("round"); json.beginObject()
        json.key("id"); json.string(decision.roundID)
        json.key("title"); json.string(decision.roundTitle)
        json.key("mode"); json.string(decision.mode.rawValue)
        json.key("budget"); json.decimal(decision.budget.amount)
        json.key("currency"); json.string(decision.budget.currency)
        json.key("rubric"); json.beginObject()
        json.key("id"); json.string(round.rubric.id)
        json.key("version"); json.string(round.rubric.version)
        json.endObject()
        json.endObject()
    }

    private func writeFinding(_ finding: ConflictFinding, _ json: inout JSONWriter) {
        json.beginObject()
        json.key("evaluator"); json.string(finding.evaluator)
        json.key("submission"); json.string(finding.submission)
        json.key("basis"); json.string(finding.basis.rawValue)
        json.key("strength"); json.string(finding.strength.rawValue)
        json.key("outcome"); json.string(finding.outcome)
        json.key("evidence"); json.string(finding.evidence)
        if let rationale = finding.rationale { json.key("rationale"); json.string(rationale) }
        json.endObject()
    }

    private func writeBlocking(_ item: BlockingItem, _ json: inout JSONWriter) {
        json.beginObject()
        json.key("kind"); json.string(item.kind.rawValue)
        json.key("submission"); json.string(item.submission)
        if let criterion = item.criterion { json.key("criterion"); json.string(criterion) }
        if let evaluator = item.evaluator { json.key("evaluator"); json.string(evaluator) }
        json.key("detail"); json.string(item.detail)
        json.endObject()
    }

    private func writeSubmission(_ result: SubmissionResult, _ json: inout JSONWriter) {
        json.beginObject()
        json.key("id"); json.string(result.id)
        json.key("organisation"); json.string(result.organisation)
        json.key("status"); json.string(result.status.rawValue)
        json.key("rank"); json.optional(result.rank) { $0.int($1) }
        json.key("total"); json.optional(result.total) { $0.double($1) }
        json.key("qualityPercent"); json.optional(result.qualityPercent) { $0.double($1) }
        json.key("amount"); json.optional(result.amount) { $0.decimal($1) }
        json.key("awarded"); json.optional(result.awarded) { $0.decimal($1) }
        json.key("gates"); json.beginArray()
        for gate in result.gates { writeGate(gate, &json) }
        json.endArray()
        json.key("criteria"); json.beginArray()
        for criterion in result.criteria { writeCriterion(criterion, &json) }
        json.endArray()
        json.key("flags"); json.beginArray()
        for flag in result.flags {
            json.beginObject()
            json.key("kind"); json.string(flag.kind)
            if let criterion = flag.criterion { json.key("criterion"); json.string(criterion) }
            json.key("detail"); json.string(flag.detail)
            json.endObject()
        }
        json.endArray()
        json.key("reasons"); json.beginArray()
        for reason in result.reasons { json.string(reason) }
        json.endArray()
        json.endObject()
    }

    private func writeGate(_ gate: GateResult, _ json: inout JSONWriter) {
        json.beginObject()
        json.key("id"); json.string(gate.id)
        json.key("passed"); json.bool(gate.passed)
        if let message = gate.message { json.key("message"); json.string(message) }
        json.key("explanation"); json.string(gate.explanation)
        json.endObject()
    }

    private func writeCriterion(_ criterion: CriterionResult, _ json: inout JSONWriter) {
        json.beginObject()
        json.key("id"); json.string(criterion.id)
        json.key("type"); json.string(criterion.kind.rawValue)
        if criterion.kind == .quality {
            json.key("consensus"); json.optional(criterion.consensus) { $0.double($1) }
            json.key("spread"); json.optional(criterion.spread) { $0.double($1) }
            json.key("source"); json.optional(criterion.source) { $0.string($1.rawValue) }
        } else {
            json.key("value"); json.optional(criterion.value) { $0.decimal($1) }
        }
        json.key("points"); json.optional(criterion.points) { $0.double($1) }
        if criterion.kind == .quality { writeScores(criterion, &json) }
        json.endObject()
    }

    private func writeScores(_ criterion: CriterionResult, _ json: inout JSONWriter) {
        let scores = round.scores
        json.key("scores"); json.beginArray()
        for row in criterion.scoreRows.map(Int.init) {
            json.beginObject()
            json.key("evaluator"); json.string(round.panel.evaluators[Int(scores.evaluators[row])].id)
            json.key("score"); json.double(scores.scores[row])
            json.key("comment"); json.string(scores.comment(row))
            json.endObject()
        }
        json.endArray()
        json.key("excluded"); json.beginArray()
        for evaluator in criterion.excluded { json.string(round.panel.evaluators[evaluator].id) }
        json.endArray()
    }
}
