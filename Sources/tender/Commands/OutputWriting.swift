import Foundation
import TenderKit

/// Writes a run's outputs as one set: streamed into a staging folder beside the output folder,
/// then swapped in; on any failure the previous set is left whole and the staging folder removed.
enum OutputWriting {
    /// Writes the outputs and returns how many files were written. `staging` runs on the staging
    /// folder before anything is written into it (tests put something in the way).
    static func write(
        _ evaluation: RoundEvaluation, formats: Set<RoundOutputs.Format>, to outputFolder: String,
        progress: ProgressReporter = .silent, staging: (OutputFolder) -> Void = { _ in }
    ) throws(CommandError) -> Int {
        let total = evaluation.decision.submissions.count
        let report: RoundOutputs.Progress = { file, summaries in
            if summaries == 0 {
                progress.begin("writing \(file)")
            } else {
                progress.count(summaries, of: total, "summaries")
            }
        }
        defer { progress.finish() }
        let counter = FileCounter()
        do throws(AtomicFile.WriteError) {
            let staged = try OutputFolder(replacing: outputFolder)
            staging(staged)
            do throws(AtomicFile.WriteError) {
                try RoundOutputs.write(
                    decision: evaluation.decision, round: evaluation.round, formats: formats,
                    into: CountingSink(folder: staged, counter: counter), progress: report)
                try staged.commit()
            } catch {
                staged.discard()
                throw error
            }
        } catch {
            throw .failed("\(error.description); no output was changed")
        }
        return counter.count
    }
}

/// Counts the files written through it (the marker file is not an output).
private struct CountingSink: OutputSink {
    let folder: OutputFolder
    let counter: FileCounter

    func stream(to path: String, _ body: (FileSink) throws(AtomicFile.WriteError) -> Void)
        throws(AtomicFile.WriteError)
    {
        try folder.stream(to: path, body)
        counter.add()
    }
}

private final class FileCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    var count: Int { lock.withLock { value } }
    func add() { lock.withLock { value += 1 } }
}
