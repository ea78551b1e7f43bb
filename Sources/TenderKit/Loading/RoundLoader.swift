import Foundation

/// Loads a round folder (`round.json`, the rubric it names, `submissions/*.json`, `panel.json`,
/// `scores.csv`, optional `decisions.json`), checks everything, and reports every problem found.
public enum RoundLoader {
    /// - Parameters:
    ///   - writesOpenData: the run publishes open data (adds the checks of its identifiers).
    ///   - digestingInputs: the run will print the inputs' SHA-256 digests (the documents, the
    ///     decision record): each submission's is worked out as it is parsed, scores.csv's on
    ///     another core meanwhile, and the loaded round keeps the digests instead of the files'
    ///     bytes (`RoundInput`).
    ///   - submissionFields: how much of each submission's JSON to keep (`SubmissionFields`).
    public static func load(
        folder: String, writesOpenData: Bool = false, digestingInputs: Bool = false,
        submissionFields: SubmissionFields = .all
    )
        -> RoundLoadResult
    {
        let log = DiagnosticLog()
        var sources: [SourceText] = []
        let (round, roundJSON) = loadRound(folder: folder, log: log, sources: &sources)
        let rubric = roundJSON.flatMap {
            loadRubric(named: $0, folder: folder, log: log, sources: &sources)
        }
        let panel = loadDocument(
            FilePath.join(folder, "panel.json"), what: "panel.json", log: log, sources: &sources,
            decode: PanelDecoder.decode)
        var unreadable: Set<String> = []
        // scores.csv is read (and digested) on another core while the submissions are parsed.
        var (scoresFile, submissions) = ParallelMap.alongside(
            background: { readScoresFile(folder: folder, digesting: digestingInputs) },
            body: {
                SubmissionFiles.load(
                    folder: folder, keeping: submissionFields.names(readBy: rubric?.rubric),
                    digesting: digestingInputs, log: log, sources: &sources,
                    unreadable: &unreadable)
            })
        log.append(contentsOf: scoresFile.diagnostics)
        let scoresSource = scoresFile.source
        if let scoresSource { sources.append(scoresSource) }
        let decisions = loadDecisions(folder: folder, log: log, sources: &sources)
        // Without a submissions folder (reported once) every reference to a submission would be "unknown" too.
        let submissionsKnown = FileManager.default.fileExists(
            atPath: FilePath.join(folder, "submissions"))
        var documents = RoundDocuments(
            round: round, rubric: rubric?.rubric, submissions: submissions,
            submissionsFolderRead: submissionsKnown, panel: panel,
            decisions: decisions)
        documents.folder = folder
        documents.writesOpenData = writesOpenData
        documents.unreadableSubmissions = unreadable
        // The round's checks run on another core while the rows of scores.csv are read.
        let checkedSources = sources
        let (checks, scores) = ParallelMap.alongside(
            background: { [documents] in roundChecks(documents, sources: checkedSources) },
            body: {
                scoresSource.flatMap {
                    readScores(
                        $0, documents: documents, submissionsKnown: submissionsKnown, log: log)
                }
            })
        log.append(contentsOf: checks)
        // The loaded round keeps no file's text: each submission lets go of its own in place
        // (once the checks' copy of the array is gone, so that none is copied).
        documents.submissions = []
        for index in submissions.indices { submissions[index].source = nil }
        let history = loadHistory(folder: folder, sources: sources, log: log)
        var result = RoundLoadResult(
            round: nil, diagnostics: log.diagnostics.sorted(), submissionCount: submissions.count,
            evaluatorCount: panel?.evaluators.count ?? 0, scoreCount: scores?.count ?? 0)
        if !log.hasErrors, let round, let rubric, let panel, let scores {
            result.round = LoadedRound(
                folder: folder, round: round, rubric: rubric.rubric,
                submissions: submissions, panel: panel, scores: scores,
                decisions: decisions ?? PanelDecisions(),
                inputs: sources.map { RoundInput($0, keepingText: !digestingInputs) },
                history: history)
        }
        return result
    }

    /// scores.csv's text, digested when asked, and the problems reading it.
    private static func readScoresFile(folder: String, digesting: Bool) -> (
        source: SourceText?, diagnostics: [Diagnostic]
    ) {
        let log = DiagnosticLog()
        let source = InputFile.read(
            FilePath.join(folder, "scores.csv"), log: log, what: "scores.csv")
        if digesting { _ = source?.sha256 }
        return (source, log.diagnostics)
    }

    /// The checks of the round's documents together (`ValidationChecks`, `SubmissionMoneyCheck`).
    private static func roundChecks(_ documents: RoundDocuments, sources: [SourceText])
        -> [Diagnostic]
    {
        let log = DiagnosticLog()
        log.append(contentsOf: ValidationChecks.check(documents))
        if let rubric = documents.rubric {
            SubmissionMoneyCheck.check(
                rubric, submissions: documents.submissions, sources: sources, log: log)
        }
        return log.diagnostics
    }

    /// The round (nil if round.json has any problem) and its JSON, whose `rubric` path is followed
    /// even when other fields are wrong, so that the rubric's problems are reported too.
    private static func loadRound(folder: String, log: DiagnosticLog, sources: inout [SourceText])
        -> (Round?, JSONValue?)
    {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory),
            isDirectory.boolValue
        else {
            log.error(
                "round folder not found (a round is a folder holding round.json)", at: .file(folder)
            )
            return (nil, nil)
        }
        guard
            let (source, root) = JSONFile.read(
                FilePath.join(folder, "round.json"), log: log, what: "round.json")
        else { return (nil, nil) }
        sources.append(source)
        return (RoundDecoder.decode(root, source: source, log: log), root)
    }

    private static func loadRubric(
        named roundJSON: JSONValue, folder: String, log: DiagnosticLog, sources: inout [SourceText]
    ) -> (rubric: Rubric, source: SourceText)? {
        guard let member = roundJSON["rubric"], let rubricPath = member.string, !rubricPath.isEmpty
        else { return nil }
        let path = FilePath.join(folder, rubricPath)
        // round.json was read first, so its text is sources[0].
        let location = sources.first?.location(at: member.offset) ?? .file(folder)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            log.error(
                "the rubric '\(rubricPath)' does not exist (looked for \(path); the path is relative to round.json)",
                at: location)
            return nil
        }
        guard !isDirectory.boolValue else {
            log.error(
                "rubric: '\(rubricPath)' is a folder, not a rubric file (\(path)); name the rubric's JSON file",
                at: location)
            return nil
        }
        let loaded = RubricLoader.load(path: path, log: log, what: "rubric file")
        if let loaded { sources.append(loaded.source) }
        return loaded
    }

    private static func loadDecisions(
        folder: String, log: DiagnosticLog, sources: inout [SourceText]
    ) -> PanelDecisions? {
        let path = FilePath.join(folder, "decisions.json")
        guard FileManager.default.fileExists(atPath: path) else { return PanelDecisions() }
        return loadDocument(
            path, what: "decisions.json", log: log, sources: &sources,
            decode: DecisionsDecoder.decode)
    }

    static func loadDocument<Document>(
        _ path: String, what: String, log: DiagnosticLog, sources: inout [SourceText],
        decode: (JSONValue, SourceText, DiagnosticLog) -> Document?
    ) -> Document? {
        guard let (source, root) = JSONFile.read(path, log: log, what: what) else { return nil }
        sources.append(source)
        return decode(root, source, log)
    }

    private static func readScores(
        _ source: SourceText, documents: RoundDocuments, submissionsKnown: Bool, log: DiagnosticLog
    ) -> ScoreTable? {
        let rubric = documents.rubric
        let scale = rubric.flatMap { $0.scale.min < $0.scale.max ? $0.scale : nil }
        let rules = ScoreRowRules(
            evaluators: documents.panel?.evaluators.map(\.id),
            submissions: submissionsKnown ? documents.submissions.map(\.id) : nil,
            unreadableSubmissions: documents.unreadableSubmissions,
            criteria: rubric?.criteria.map(\.id),
            isQuality: rubric?.criteria.map(\.isQuality) ?? [],
            scale: scale,
            requireComments: rubric?.panel.requireComments ?? false)
        return ScoreTableReader(source: source, rules: rules, log: log).read()
    }
}
