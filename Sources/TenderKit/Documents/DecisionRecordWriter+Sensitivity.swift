import Foundation

/// The parts of `decision.json` that let anyone check it: the SHA-256 of every input file (for
/// `tender verify`) and the sensitivity analysis, in the shape the README documents.
extension DecisionRecordWriter {
    /// `"inputs": [{"file", "sha256"}]`, in the loader's order (round, rubric, panel, submissions,
    /// scores, decisions), paths relative to the round folder.
    func writeInputs(_ json: inout JSONWriter) {
        json.key("inputs")
        json.beginArray()
        let inputs = round.inputs
        let digests = ParallelMap.map(inputs.count, minimumChunk: 64) { inputs[$0].sha256 }
        for (name, digest) in zip(round.inputNames, digests) {
            json.beginObject(inline: true)
            json.field("file", name)
            json.field("sha256", digest)
            json.endObject()
        }
        json.endArray()
    }

    func writeSensitivity(_ json: inout JSONWriter) {
        guard let report = decision.sensitivity else { return }
        json.key("sensitivity")
        json.beginObject()
        json.key("weightMargin")
        json.beginObject()
        json.field("margin", report.weightMargin.margin)
        json.field("from", report.weightMargin.from)
        json.field("to", report.weightMargin.to)
        json.key("awarded")
        if let awarded = report.weightMargin.awarded {
            json.beginArray()
            for id in awarded { json.string(id) }
            json.endArray()
        } else {
            json.null()
        }
        json.endObject()
        json.key("weightPairs")
        json.beginArray()
        for pair in report.weightPairs {
            json.beginObject()
            json.field("from", pair.from)
            json.field("to", pair.to)
            json.field("margin", pair.margin)
            json.endObject()
        }
        json.endArray()
        json.key("scoreMargin")
        writeIncrease(report.scoreMargin, &json)
        json.key("toWin")
        json.beginArray()
        for increase in report.toWin { writeIncrease(increase, &json) }
        json.endArray()
        writeAcceptability(report.acceptability, &json)
        json.endObject()
    }

    private func writeIncrease(
        _ increase: SensitivityReport.ScoreIncrease, _ json: inout JSONWriter
    ) {
        json.beginObject()
        json.field("submission", increase.submission)
        json.field("criterion", increase.criterion)
        json.field("increase", increase.increase)
        json.endObject()
    }

    private func writeAcceptability(
        _ acceptability: SensitivityReport.Acceptability?, _ json: inout JSONWriter
    ) {
        json.key("acceptability")
        guard let acceptability else {
            json.null()
            return
        }
        json.beginObject()
        json.field("draws", acceptability.draws)
        json.key("seed")
        json.decimal(Decimal(acceptability.seed))
        json.field("window", acceptability.window)
        json.key("awarded")
        json.beginArray()
        for share in acceptability.awarded {
            json.beginObject()
            json.field("submission", share.submission)
            json.field("share", share.share)
            json.endObject()
        }
        json.endArray()
        json.endObject()
    }
}
