import Foundation

/// Writes a change to a round file together with its journal entries: both or neither, even if
/// the process is killed between them. Every command that changes a round goes through it.
///
/// The protocol (a write-ahead log with one record per command):
/// 1. Read and check the journal as it stands; refuse to add to a broken one. Entries of an
///    earlier command that was interrupted (see `HistoryJournal`) are dropped.
/// 2. Write the whole journal, with the new entries, to a temporary file and rename it over
///    `history.jsonl`. The new entries record the file's digest now (`fileBefore`) and the digest
///    of the new content (`sha256`).
/// 3. Write the new content to a temporary file and rename it over the round file.
///
/// Each rename replaces a file whole, so a kill leaves one of three states: nothing renamed (the
/// old journal and file); only the journal renamed (its last entries record a `fileBefore` equal
/// to the file's digest and a `sha256` that is not: `HistoryJournal.read` recognises them as
/// interrupted and leaves them out, and the next write removes them); or both (the new state).
/// In every case the journal without its interrupted entries describes the file exactly.
public struct HistoryWriter {
    public let folder: String
    public let time: UTCTime
    /// Who makes the change: an evaluator's id for scores, the chair's name for decisions.
    public let by: String
    /// The tender command making it (`import`, `decide`, …).
    public let command: String

    public init(folder: String, time: UTCTime, by: String, command: String) {
        self.folder = folder
        self.time = time
        self.by = by
        self.command = command
    }

    /// Writes `bytes` to the round file `file` (a name such as `scores.csv`) and records `changes`.
    ///
    /// `basedOn` is the content the new bytes were made from (as the command read it): when the
    /// file is no longer that (another command, or a hand, changed it meanwhile), nothing is
    /// written, so no change is lost. Nil when the file did not exist. The round folder is
    /// locked from that check to the last rename.
    public func write(
        _ bytes: [UInt8], to file: String, changes: [HistoryChange], basedOn: [UInt8]?
    ) throws(HistoryWriteError) {
        try RoundLock.withLock(folder) { () throws(HistoryWriteError) in
            let base = basedOn.map(SHA256.hex)
            guard digest(file) == base else {
                throw HistoryWriteError(
                    message:
                        "\(file) was changed by something else while this command ran; nothing was written: run the command again"
                )
            }
            let prepared = try prepare(bytes, to: file, changes: changes)
            try prepared.writeJournal()
            try prepared.writeFile()
        }
    }

    /// Records `changes` that change no file (a final evaluation).
    public func record(_ changes: [HistoryChange]) throws(HistoryWriteError) {
        try RoundLock.withLock(folder) { () throws(HistoryWriteError) in
            try prepare(nil, to: nil, changes: changes).writeJournal()
        }
    }

    /// Steps 1 and 2's bytes, and the two writes, separately (tests simulate a kill between them).
    public func prepare(_ bytes: [UInt8]?, to file: String?, changes: [HistoryChange])
        throws(HistoryWriteError) -> PreparedHistoryWrite
    {
        let (journal, problems) = HistoryJournal.read(folder: folder, currentDigest: digest)
        if let problem = problems.first {
            throw HistoryWriteError(
                message:
                    "\(HistoryJournal.fileName) is broken (\(problem.location): \(problem.message)); nothing was changed: restore it before changing the round"
            )
        }
        var output = Array(journal?.completeBytes ?? [])
        var previous = journal?.digests.last
        var seq = journal?.entries.count ?? 0
        func append(_ change: HistoryChange, file: String?, before: String?, after: String?) {
            seq += 1
            let line = HistoryEntry(
                seq: seq, time: time, by: by, command: command, change: change, file: file,
                fileBefore: before, sha256: after, previous: previous
            ).line()
            previous = SHA256.hex(Array(line.dropLast()))
            output += line
        }
        if journal == nil {
            for tracked in HistoryJournal.trackedFiles {
                guard let current = digest(tracked) else { continue }
                append(.historyStarted, file: tracked, before: current, after: current)
            }
        }
        let before = file.flatMap(digest)
        let after = bytes.map(SHA256.hex)
        for change in changes { append(change, file: file, before: before, after: after) }
        return PreparedHistoryWrite(
            journalPath: FilePath.join(folder, HistoryJournal.fileName), journal: output,
            filePath: file.map { FilePath.join(folder, $0) }, file: bytes)
    }

    /// The SHA-256 of a round file as it is now, or nil when it does not exist.
    func digest(_ file: String) -> String? {
        FileManager.default.contents(atPath: FilePath.join(folder, file)).map {
            SHA256.hex([UInt8]($0))
        }
    }
}

/// The journal and the file a `HistoryWriter` is about to write, in that order.
public struct PreparedHistoryWrite: Sendable {
    public let journalPath: String
    public let journal: [UInt8]
    public let filePath: String?
    public let file: [UInt8]?

    public func writeJournal() throws(HistoryWriteError) {
        do {
            try AtomicFile.write(journal, to: journalPath)
        } catch {
            throw HistoryWriteError(message: "\(error.description); nothing was changed")
        }
    }

    public func writeFile() throws(HistoryWriteError) {
        guard let filePath, let file else { return }
        do {
            try AtomicFile.write(file, to: filePath)
        } catch {
            throw HistoryWriteError(
                message:
                    "\(error.description); \(FilePath.fileName(filePath)) is unchanged, and the history's new entries will be dropped as not taken effect"
            )
        }
    }
}

/// Why a change could not be written; the round is as it was.
public struct HistoryWriteError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
