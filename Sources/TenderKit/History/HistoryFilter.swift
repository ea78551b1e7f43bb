/// Which entries `tender history` shows: those about a submission, an evaluator, or both.
public struct HistoryFilter: Sendable {
    public var submission: String?
    public var evaluator: String?

    public init(submission: String? = nil, evaluator: String? = nil) {
        self.submission = submission
        self.evaluator = evaluator
    }

    /// True when the entry is about the submission and the evaluator asked for (an evaluator's
    /// scores, or a conflict ruling about them). Without either, every entry matches.
    public func matches(_ entry: HistoryEntry) -> Bool {
        let change = entry.change
        if let submission, change.subject("submission") != submission { return false }
        if let evaluator, change.subject("evaluator") != evaluator { return false }
        return true
    }

    /// The ids the journal's entries name for a subject field, for "did you mean".
    public static func ids(_ name: String, in entries: [HistoryEntry]) -> [String] {
        var seen: Set<String> = []
        return entries.compactMap { $0.change.subject(name) }.filter { seen.insert($0).inserted }
    }
}
