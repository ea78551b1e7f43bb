/// Everything of a round that could be read, for the cross-file checks. A part is nil when its
/// file failed to load; checks that need it are then skipped (its own errors are reported).
public struct RoundDocuments: Sendable {
    public var round: Round?
    public var rubric: Rubric?
    public var submissions: [Submission]
    /// False when the submissions folder itself is missing: nothing can then be said about which
    /// submission ids exist, so references to them are not checked.
    public var submissionsFolderRead: Bool
    /// The ids of submission files that could not be read (their own errors are reported):
    /// references to them are not reported as unknown.
    public var unreadableSubmissions: Set<String> = []
    public var panel: Panel?
    public var decisions: PanelDecisions?
    /// The round folder, for problems with a file or folder as a whole (nil in tests built in code).
    public var folder: String? = nil
    /// Whether the run will publish open data (`tender evaluate` writing OCDS; `tender validate`
    /// checks the round as such a run would).
    public var writesOpenData = false

    public init(
        round: Round?, rubric: Rubric?, submissions: [Submission],
        submissionsFolderRead: Bool = true, panel: Panel?,
        decisions: PanelDecisions?
    ) {
        self.round = round
        self.rubric = rubric
        self.submissions = submissions
        self.submissionsFolderRead = submissionsFolderRead
        self.panel = panel
        self.decisions = decisions
    }
}

extension RoundDocuments {
    /// A whole file of the round (`round.json`, `submissions`), for problems with it as a whole.
    func fileLocation(_ name: String) -> SourceLocation {
        .file(folder.map { FilePath.join($0, name) } ?? name)
    }
}
