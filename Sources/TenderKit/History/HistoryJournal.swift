import Foundation

/// A round's journal, `history.jsonl`, read and checked: the entries of every command that
/// finished, with the digest of each line.
///
/// Reading checks the hash chain (each entry's `seq` counts from 1 and its `previous` is the
/// SHA-256 of the line before it) and stops at the first line that breaks it, reporting that
/// line. It then settles the one state a kill can leave behind (see `HistoryWriter`): when the
/// last command's entries describe a file that still has the digest they record as `fileBefore`,
/// that command wrote its entries but was stopped before it wrote the file, so those entries are
/// `interrupted`, not part of the history.
public struct HistoryJournal: Sendable {
    public static let fileName = "history.jsonl"
    /// The round files the commands change, whose digests the journal follows.
    public static let trackedFiles = ["scores.csv", "decisions.json"]

    public let source: SourceText
    /// Entries of the commands that finished, in order; entry `i` is on line `i + 1`.
    public let entries: [HistoryEntry]
    /// The SHA-256 of each entry's line (without its line break), by entry.
    public let digests: [String]
    /// The entries of a last command that was stopped before it wrote its file.
    public let interrupted: [HistoryEntry]
    /// The journal's bytes up to the end of the last entry of `entries`.
    let completeBytes: ArraySlice<UInt8>

    /// The journal of the round in `folder`, or nil when it has none; with the problems found.
    /// `currentDigest` gives the SHA-256 of a round file as it now is (nil: it does not exist).
    public static func read(folder: String, currentDigest: (String) -> String?)
        -> (journal: HistoryJournal?, diagnostics: [Diagnostic])
    {
        let path = FilePath.join(folder, fileName)
        guard let data = FileManager.default.contents(atPath: path) else {
            let exists = FileManager.default.fileExists(atPath: path)
            return (
                nil,
                exists
                    ? [
                        .error(
                            at: .file(path), "\(fileName) cannot be read (check its permissions)")
                    ] : []
            )
        }
        let source = SourceText(path: path, bytes: [UInt8](data))
        var chain = HistoryChain(source: source)
        chain.verify()
        let (complete, interrupted) =
            chain.problem == nil
            ? settle(chain.entries, currentDigest: currentDigest) : (chain.entries.count, 0)
        let journal = HistoryJournal(
            source: source, entries: Array(chain.entries.prefix(complete)),
            digests: Array(chain.digests.prefix(complete)),
            interrupted: Array(chain.entries.suffix(interrupted)),
            completeBytes: source.bytes[
                ..<chain.lineEnds.prefix(complete).last.map { $0 + 1 }.orZero]
        )
        return (journal, chain.problem.map { [$0] } ?? [])
    }

    /// How many entries finished, and how many at the end belong to an interrupted command.
    static func settle(_ entries: [HistoryEntry], currentDigest: (String) -> String?) -> (Int, Int)
    {
        guard let last = entries.last, let file = last.file else { return (entries.count, 0) }
        let group = entries.reversed().prefix {
            $0.file == file && $0.fileBefore == last.fileBefore && $0.sha256 == last.sha256
        }.count
        let now = currentDigest(file)
        let stopped = now != last.sha256 && now == last.fileBefore
        return stopped ? (entries.count - group, group) : (entries.count, 0)
    }

    /// The last entry, by line, and its digest: what `decision.json` and the documents record.
    /// Trailing `final-evaluation` entries are left out, so evaluating a final round again gives
    /// the same outputs as the evaluation that marked it final.
    public var recorded: ArraySlice<HistoryEntry> {
        let end = entries.lastIndex { $0.change.action != .finalEvaluation }.map { $0 + 1 } ?? 0
        return entries[..<end]
    }

    /// The digest of the last recorded entry, or nil when there is none.
    public var recordedDigest: String? {
        recorded.isEmpty ? nil : digests[recorded.count - 1]
    }

    /// The location of entry `index`'s line.
    public func location(ofEntry index: Int) -> SourceLocation {
        SourceLocation(file: source.path, line: index + 1, column: 1)
    }
}

extension Optional where Wrapped == Int {
    fileprivate var orZero: Int { self ?? 0 }
}
