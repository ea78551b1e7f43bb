import Foundation

/// Everything `tender evaluate` writes, streamed file by file into a sink (a staging folder that
/// is swapped in when all are written), so that no more than a few documents are in memory at once.
public enum RoundOutputs {
    public enum Format: String, Sendable, CaseIterable {
        case json, md, html, ocds
        case threeSixtyGiving = "360giving"
        case ics
    }

    public struct File: Sendable {
        public var path: String
        public var bytes: [UInt8]
    }

    /// What a run is writing, for progress reports: the file's path, and how many of the
    /// applicants' summaries are done.
    public typealias Progress = @Sendable (_ file: String, _ summariesDone: Int) -> Void

    /// Writes every output the formats ask for into `sink`; the first failure (in a fixed order,
    /// whatever the threads did) is thrown.
    public static func write(
        decision: Decision, round: LoadedRound, formats: Set<Format>, into sink: some OutputSink,
        progress: @escaping Progress = { _, _ in }
    ) throws(AtomicFile.WriteError) {
        if formats.contains(.json) {
            progress("decision.json", 0)
            try sink.stream(to: "decision.json") { file throws(AtomicFile.WriteError) in
                try DecisionRecordWriter(decision: decision, round: round).write(to: file)
            }
        }
        if formats.isDisjoint(with: [.md, .html]) {
            try openData(decision: decision, round: round, formats: formats, into: sink)
        } else {
            try documents(decision: decision, round: round, formats: formats, into: sink, progress)
        }
    }

    /// Every output in memory, by path (tests).
    public static func make(decision: Decision, round: LoadedRound, formats: Set<Format>) -> [File]
    {
        let memory = MemoryOutputs()
        try? write(decision: decision, round: round, formats: formats, into: memory)
        return memory.files
    }

    /// The award rationale, the conflicts assessment and every applicant's summary: the round's
    /// three documents and then the open data on one thread while the summaries are rendered and
    /// written on every core (each file is independent of the others; the summaries take longest,
    /// and the open data, built whole in memory, is built only once the round's documents are
    /// written and freed). A failure in the round's documents is thrown before one in the
    /// summaries, and that before one in the open data.
    private static func documents(
        decision: Decision, round: LoadedRound, formats: Set<Format>, into sink: some OutputSink,
        _ progress: @escaping Progress
    ) throws(AtomicFile.WriteError) {
        let roundFailure = FirstFailure()
        let openDataFailure = FirstFailure()
        let summaryFailures = ParallelMap.alongside(
            background: {
                do throws(AtomicFile.WriteError) {
                    try roundDocuments(
                        decision: decision, round: round, formats: formats, into: sink, progress)
                } catch {
                    roundFailure.record(error)
                    return
                }
                do throws(AtomicFile.WriteError) {
                    try openData(decision: decision, round: round, formats: formats, into: sink)
                } catch {
                    openDataFailure.record(error)
                }
            },
            body: {
                summaries(decision: decision, round: round, formats: formats, into: sink, progress)
            })
        if let failure = roundFailure.error ?? summaryFailures.lazy.compactMap({ $0 }).first
            ?? openDataFailure.error
        {
            throw failure
        }
    }

    /// The award rationale (for the panel and for the public) and the conflicts assessment.
    private static func roundDocuments(
        decision: Decision, round: LoadedRound, formats: Set<Format>, into sink: some OutputSink,
        _ progress: Progress
    ) throws(AtomicFile.WriteError) {
        progress("award-rationale", 0)
        let conflicts = ConflictsAssessmentDocument(decision: decision, round: round)
        let rationale = AwardRationale(
            decision: decision, round: round, conflicts: conflicts.sections(level: 2)
        ).document()
        try write(rationale, as: "award-rationale", formats: formats, into: sink)
        let publicRationale = AwardRationale(
            decision: decision, round: round,
            conflicts: conflicts.publicSections(
                level: 2, pseudonyms: PanelPseudonyms(panel: round.panel)),
            audience: .public
        ).document()
        try write(publicRationale, as: "public-rationale", formats: formats, into: sink)
        try write(conflicts.document(), as: "conflicts-assessment", formats: formats, into: sink)
    }

    /// Every applicant's summary, in id order; the failure of each, if any.
    private static func summaries(
        decision: Decision, round: LoadedRound, formats: Set<Format>, into sink: some OutputSink,
        _ progress: Progress
    ) -> [AtomicFile.WriteError?] {
        let context = AssessmentSummaryContext(decision: decision, round: round)
        let order = decision.positionsByID
        let done = ProgressCounter()
        progress("summaries", 0)
        // Small chunks: the round's documents share the cores, and a national round's last
        // chunk of four could leave one core alone for seconds.
        return ParallelMap.map(order.count, chunksPerWorker: 64) {
            index -> AtomicFile.WriteError? in
            do throws(AtomicFile.WriteError) {
                let result = decision.submissions[order[index]]
                try write(
                    AssessmentSummary(context: context, result: result).document(),
                    as: "summaries/\(result.id)", formats: formats, into: sink)
            } catch {
                return error
            }
            progress("summaries", done.increment())
            return nil
        }
    }

    /// The open data files, each on a core of its own (a national round's take seconds each);
    /// the first failure in the order of `OpenDataFile` is thrown.
    private static func openData(
        decision: Decision, round: LoadedRound, formats: Set<Format>, into sink: some OutputSink
    ) throws(AtomicFile.WriteError) {
        let files = OpenDataFile.files(decision: decision, round: round, formats: formats)
        let failures = ParallelMap.map(files.count, minimumChunk: 1) {
            index -> AtomicFile.WriteError? in
            do throws(AtomicFile.WriteError) {
                try files[index].write(decision: decision, round: round, into: sink)
            } catch {
                return error
            }
            return nil
        }
        if let failure = failures.lazy.compactMap({ $0 }).first { throw failure }
    }

    /// The bytes a document is first rendered into: an applicant's summary fits.
    static let renderingCapacity = 32 << 10

    /// A document as Markdown and/or HTML, as the formats ask.
    static func write(
        _ document: Document, as name: String, formats: Set<Format>, into sink: some OutputSink
    ) throws(AtomicFile.WriteError) {
        if formats.contains(.md) {
            try write(document, with: MarkdownRenderer(), to: name + ".md", into: sink)
        }
        if formats.contains(.html) {
            try write(document, with: HTMLRenderer(), to: name + ".html", into: sink)
        }
    }

    /// Renders `document` into the file at `path`, a megabyte at a time.
    private static func write(
        _ document: Document, with renderer: some DocumentRenderer, to path: String,
        into sink: some OutputSink
    ) throws(AtomicFile.WriteError) {
        try sink.stream(to: path) { file throws(AtomicFile.WriteError) in
            // Room for a whole summary at once, rather than a dozen copies as the bytes grow.
            var bytes = ByteBuffer(capacity: RoundOutputs.renderingCapacity)
            try renderer.render(document, into: &bytes) {
                (bytes: inout ByteBuffer) throws(AtomicFile.WriteError) in try file.drain(&bytes)
            }
            try file.writeLast(bytes)
        }
    }
}

/// Output files kept in memory, in the order they were written (tests).
final class MemoryOutputs: OutputSink, @unchecked Sendable {
    private let lock = NSLock()
    private var written: [RoundOutputs.File] = []

    var files: [RoundOutputs.File] { lock.withLock { written } }

    func stream(to path: String, _ body: (FileSink) throws(AtomicFile.WriteError) -> Void)
        throws(AtomicFile.WriteError)
    {
        let sink = FileSink.inMemory(path)
        try body(sink)
        let file = RoundOutputs.File(path: path, bytes: sink.collected)
        lock.withLock { written.append(file) }
    }
}

/// The first error recorded by a background thread.
final class FirstFailure: @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: AtomicFile.WriteError?

    var error: AtomicFile.WriteError? { lock.withLock { recorded } }

    func record(_ error: AtomicFile.WriteError) {
        lock.withLock { if recorded == nil { recorded = error } }
    }
}

/// A count shared by the threads rendering summaries.
final class ProgressCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    func increment() -> Int {
        lock.withLock {
            count += 1
            return count
        }
    }
}
