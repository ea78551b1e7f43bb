/// A round whose every file loaded and passed every check: ready to evaluate.
public struct LoadedRound: Sendable {
    public var folder: String
    public var round: Round
    public var rubric: Rubric
    /// In file-name order: the order the scoring model calls "file order".
    public var submissions: [Submission]
    public var panel: Panel
    public var scores: ScoreTable
    public var decisions: PanelDecisions
    /// Every file read, in a fixed order (round, rubric, panel, submissions, scores, decisions),
    /// for the digests printed in the award rationale.
    public var inputs: [RoundInput]
    /// The round's journal (`history.jsonl`), or nil when it has none. Not among `inputs`: the
    /// documents name it by its last recorded entry's digest instead (see `HistoryJournal.recorded`).
    public var history: HistoryJournal? = nil

    /// Each input's path as the round names it, in `inputs` order (relative to the round folder;
    /// the rubric as round.json writes it), so documents are the same whichever folder tender ran
    /// from.
    public var inputNames: [String] {
        let rubric = FilePath.join(folder, round.rubricPath)
        let folder = FilePath.normalise(folder)
        let prefix = folder + "/"
        return inputs.map { input in
            let path = input.path
            if path == rubric { return round.rubricPath }
            // Run from inside the round (`tender evaluate .`), its files' paths are already
            // relative.
            if folder == ".", !path.hasPrefix("/"), !path.hasPrefix("../") { return path }
            return path.hasPrefix(prefix)
                ? String(path.dropFirst(prefix.count)) : FilePath.fileName(path)
        }
    }
}

/// The result of loading a round folder: the round when nothing is wrong, and every diagnostic.
public struct RoundLoadResult: Sendable {
    public var round: LoadedRound?
    public var diagnostics: [Diagnostic]
    public var submissionCount: Int
    public var evaluatorCount: Int
    public var scoreCount: Int
}
