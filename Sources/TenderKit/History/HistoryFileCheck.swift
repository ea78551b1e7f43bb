/// Compares the files the journal follows with what it records, so that a change made outside
/// tender is visible: hand edits are allowed, but each is a warning.
///
/// - a file whose digest is not the last one the journal records for it: "scores.csv was changed
///   outside tender after entry 41";
/// - an entry whose `fileBefore` is not the digest the entry before recorded for that file: the
///   file was changed outside tender between the two (a later tender command does not hide it);
/// - a followed file the journal never mentions: it was made outside tender;
/// - the entries of a command that was stopped before it wrote its file (they do not count).
struct HistoryFileCheck {
    let journal: HistoryJournal
    let folder: String
    let currentDigest: (String) -> String?

    func diagnostics() -> [Diagnostic] {
        var found = interruptedCommand()
        var last: [String: (seq: Int, before: String?, after: String?)] = [:]
        for (index, entry) in journal.entries.enumerated() {
            guard let file = entry.file else { continue }
            if let previous = last[file], entry.fileBefore != previous.after,
                (entry.fileBefore, entry.sha256) != (previous.before, previous.after)
            {
                found.append(
                    .init(
                        .warning, at: journal.location(ofEntry: index),
                        "\(file) was changed outside tender between entry \(previous.seq) and entry \(entry.seq)"
                    ))
            }
            last[file] = (entry.seq, entry.fileBefore, entry.sha256)
        }
        for file in HistoryJournal.trackedFiles {
            found += compare(file, with: last[file].map { ($0.seq, $0.after) })
        }
        return found
    }

    private func compare(_ file: String, with recorded: (seq: Int, digest: String?)?)
        -> [Diagnostic]
    {
        let path = FilePath.join(folder, file)
        let now = currentDigest(file)
        guard let recorded else {
            guard now != nil, let lastSeq = journal.entries.last?.seq else { return [] }
            return [
                .init(
                    .warning, at: .file(path),
                    "\(file) was made outside tender: no entry of the history (\(lastSeq) entries) records it"
                )
            ]
        }
        guard now != recorded.digest else { return [] }
        let what = now == nil ? "removed" : "changed"
        return [
            .init(
                .warning, at: .file(path),
                "\(file) was \(what) outside tender after entry \(recorded.seq) (the last entry that changed it records SHA-256 \(Self.short(recorded.digest)); the file has \(Self.short(now)))"
            )
        ]
    }

    private func interruptedCommand() -> [Diagnostic] {
        guard let first = journal.interrupted.first, let file = first.file else { return [] }
        let seqs = journal.interrupted.map(\.seq)
        let which =
            seqs.count == 1
            ? "entry \(first.seq)" : "entries \(first.seq)–\(seqs.last ?? first.seq)"
        return [
            .init(
                .warning, at: journal.location(ofEntry: journal.entries.count),
                "\(which) (tender \(first.command)) never took effect: tender stopped after writing the history but before writing \(file), which is as it was; they are not part of the history, and the next change to the round removes them"
            )
        ]
    }

    static func short(_ digest: String?) -> String {
        digest.map { String($0.prefix(12)) + "…" } ?? "none"
    }
}
