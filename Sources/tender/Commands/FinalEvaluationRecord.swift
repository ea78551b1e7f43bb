import Foundation
import TenderKit

/// `tender evaluate --require-final` on a final decision appends a `final-evaluation` entry to
/// the round's history, with the SHA-256 of the decision record, so that any later change to
/// the scores or decisions shows as made after the decision was final.
enum FinalEvaluationRecord {
    static func append(
        _ evaluation: RoundEvaluation, written outputFolder: String?, folder: String,
        arguments: ParsedArguments, console: Console
    ) throws(CommandError) {
        guard let history = evaluation.round.history, evaluation.decision.status == .final else {
            return
        }
        // The record just written (when json was among the formats), else the same bytes anew.
        let record =
            outputFolder.flatMap {
                FileManager.default.contents(atPath: FilePath.join($0, "decision.json"))
            }.map { [UInt8]($0) }
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
