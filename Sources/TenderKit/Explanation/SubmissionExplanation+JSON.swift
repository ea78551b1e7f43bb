/// `tender explain --format json`: the same steps as the text, as JSON for machines.
extension SubmissionExplanation {
    public func json() -> [UInt8] {
        var json = JSONWriter()
        json.beginObject()
        json.field("submission", id)
        json.field("organisation", organisation)
        json.field("status", status)
        json.field("rank", result.rank)
        json.field("total", result.total)
        json.key("gates")
        json.beginArray()
        for gate in gates {
            json.beginObject()
            json.field("id", gate.id)
            json.field("passed", gate.passed)
            json.field("explanation", gate.explanation)
            json.endObject()
        }
        json.endArray()
        json.key("criteria")
        json.beginArray()
        for criterion in criteria { write(criterion, &json) }
        json.endArray()
        json.field("quality", quality)
        json.field("totalFormula", total)
        for (name, lines) in [
            ("rank", rank), ("award", award), ("sensitivity", sensitivity), ("reasons", reasons),
        ] {
            json.key(name)
            json.beginArray()
            for line in lines { json.string(line) }
            json.endArray()
        }
        json.endObject()
        return json.bytes
    }

    private func write(_ criterion: Criterion, _ json: inout JSONWriter) {
        json.beginObject()
        json.field("id", criterion.id)
        json.field("weight", criterion.weight)
        json.field("points", criterion.points)
        json.key("scores")
        json.beginArray()
        for score in criterion.scores {
            json.beginObject()
            json.field("evaluator", score.evaluator)
            json.field("score", score.score)
            json.field("comment", score.comment)
            json.endObject()
        }
        json.endArray()
        json.key("excluded")
        json.beginArray()
        for excluded in criterion.excluded {
            json.beginObject()
            json.field("evaluator", excluded.evaluator)
            json.field("reason", excluded.reason)
            json.endObject()
        }
        json.endArray()
        json.key("steps")
        json.beginArray()
        for step in criterion.steps { json.string(step) }
        json.endArray()
        json.endObject()
    }
}
