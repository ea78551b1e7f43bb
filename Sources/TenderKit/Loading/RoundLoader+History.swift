import Foundation

extension RoundLoader {
    /// The round's journal, checked against the files it follows (its problems logged), or nil
    /// when the round has none. The digests of files already read are taken from `sources`.
    static func loadHistory(folder: String, sources: [SourceText], log: DiagnosticLog)
        -> HistoryJournal?
    {
        // Most rounds of a benchmark or an import from elsewhere have none: cost nothing then.
        guard
            FileManager.default.fileExists(
                atPath: FilePath.join(folder, HistoryJournal.fileName))
        else { return nil }
        // scores.csv and decisions.json are read last, so they are found from the end.
        let currentDigest = { (file: String) -> String? in
            let path = FilePath.join(folder, file)
            if let source = sources.last(where: { $0.path == path }) { return source.sha256 }
            return FileManager.default.contents(atPath: path).map { SHA256.hex([UInt8]($0)) }
        }
        let (journal, problems) = HistoryJournal.read(folder: folder, currentDigest: currentDigest)
        log.append(contentsOf: problems)
        guard let journal, problems.isEmpty else { return journal }
        log.append(
            contentsOf: HistoryFileCheck(
                journal: journal, folder: folder, currentDigest: currentDigest
            ).diagnostics())
        return journal
    }
}

extension HistoryJournal {
    /// The note `tender validate` gives a round without a journal.
    public static func absenceNote(folder: String) -> Diagnostic {
        Diagnostic(
            .note, at: .file(FilePath.join(folder, fileName)),
            "this round has no history: it was made before tender kept one, or by hand; the next 'tender import', 'score' or 'decide' starts it"
        )
    }
}

extension HistoryJournal {
    /// The journal of the round in `folder` with every check `tender validate` makes of it (the
    /// chain, then the files it follows), for reading the history without loading the round.
    public static func readChecked(folder: String) -> (HistoryJournal?, [Diagnostic]) {
        let log = DiagnosticLog()
        let journal = RoundLoader.loadHistory(folder: folder, sources: [], log: log)
        return (journal, log.diagnostics.sorted())
    }
}
