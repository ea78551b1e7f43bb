import TenderKit

/// `tender evaluate --require-final` on a final decision appends a `final-evaluation` entry to
/// the round's history, with the SHA-256 of the decision record, so that any later change to
/// the scores or decisions shows as made after the decision was final.
enum FinalEvaluationRecord {
    static func append(
        _ evaluation: RoundEvaluation, files: [RoundOutputs.File], folder: String,
        arguments: ParsedArguments, console: Console
    ) throws(CommandError) {
        guard let history = evaluation.round.history, evaluation.decision.status == .final else {
            return
        }
        let record =
            files.first { $0.path == "decision.json" }?.bytes
            ?? DecisionRecordWriter(decision: evaluation.decision, round: evaluation.round).write()
        let digest = SHA256.hex(record)
        // Evaluating the same final decision again adds nothing: the documents do not change.
        if let last = history.entries.last, last.change == .finalEvaluation(decision: digest) {
            return
        }
        let writer = try HistoryRecording.writer(
            folder: folder, command: "evaluate", arguments: arguments, console: console)
        try HistoryRecording.perform { () throws(HistoryWriteError) in
            try writer.record([.finalEvaluation(decision: digest)])
        }
        console.printError(
            "Recorded the final evaluation in \(FilePath.join(folder, HistoryJournal.fileName)).")
    }
}
