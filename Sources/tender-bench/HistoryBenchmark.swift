import Dispatch
import Foundation
import TenderKit

/// `tender-bench history [ENTRIES]`: the round's history at scale. Writes ENTRIES score entries
/// (default 250,000: every row of the 10,000-application round) to a folder's journal as one
/// command, then times reading and checking the whole chain (what every command that loads the
/// round does), and one more single-score write on top of it (what `tender score` does for
/// each answer).
func runHistoryBenchmark(_ arguments: [String]) {
    let count = arguments.first.flatMap(Int.init) ?? 250_000
    guard count > 0 else {
        FileHandle.standardError.write(
            Data("tender-bench history: the number of entries must be at least 1\n".utf8))
        exit(2)
    }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
        "tender-bench-history-\(count)"
    ).path
    try? FileManager.default.removeItem(atPath: folder)
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let changes = (0..<count).map { index in
        HistoryChange.score(
            evaluator: "evaluator-\(index % 200)", submission: "sub-\(index / 25)",
            criterion: "criterion-\(index % 5)", old: nil,
            new: ("\(index % 6)", "A comment of about the usual length for score \(index)."))
    }
    let time = UTCTime(seconds: 1_717_423_920)
    let writer = HistoryWriter(folder: folder, time: time, by: "bench", command: "import")
    let scores = Array("evaluator,submission,criterion,score,comment\n".utf8)
    let writeStart = DispatchTime.now().uptimeNanoseconds
    guard (try? writer.write(scores, to: "scores.csv", changes: changes, basedOn: nil)) != nil
    else {
        return print("history: could not write to \(folder)")
    }
    let size =
        (try? FileManager.default.attributesOfItem(atPath: folder + "/history.jsonl"))?[
            .size] as? Int ?? 0
    print("history: \(count) entries, \(size / 1_000_000) MB (in \(folder))")
    print("  write as one command:  \(milliseconds(since: writeStart))")
    let readStart = DispatchTime.now().uptimeNanoseconds
    let (journal, problems) = HistoryJournal.readChecked(folder: folder)
    print(
        "  read and check:        \(milliseconds(since: readStart)) (\(journal?.entries.count ?? 0) entries, \(problems.count) problems)"
    )
    let oneStart = DispatchTime.now().uptimeNanoseconds
    _ = try? writer.write(
        scores + Array("e,s,c,1,x\n".utf8), to: "scores.csv", changes: [changes[0]], basedOn: scores
    )
    print("  one more entry:        \(milliseconds(since: oneStart))")
    try? FileManager.default.removeItem(atPath: folder)
}
