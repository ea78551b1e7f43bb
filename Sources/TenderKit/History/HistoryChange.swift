/// What one journal entry says happened, without who, when or the digests: the part a command
/// describes. Built with the constructors below, so that every command words the same change the
/// same way.
public struct HistoryChange: Sendable, Equatable {
    public enum Action: String, Sendable, CaseIterable {
        /// `tender init` made the round (its entry carries scores.csv).
        case roundCreated = "round-created"
        /// `tender init` made another file the journal follows (decisions.json).
        case fileCreated = "file-created"
        /// The journal began on a round made without it: a file as it stood then.
        case historyStarted = "history-started"
        case scoreAdded = "score-added"
        case scoreReplaced = "score-replaced"
        case decisionRecorded = "decision-recorded"
        case decisionReplaced = "decision-replaced"
        case decisionWithdrawn = "decision-withdrawn"
        /// `tender evaluate --require-final` found the decision final (no file changes).
        case finalEvaluation = "final-evaluation"

        /// A change to the round's scores or decisions, as the audit counts them.
        public var isChange: Bool {
            switch self {
            case .scoreAdded, .scoreReplaced, .decisionRecorded, .decisionReplaced,
                .decisionWithdrawn:
                true
            default: false
            }
        }
    }

    /// One `name: value` pair naming what the change is about, in a fixed order.
    public struct Field: Sendable, Equatable {
        public var name: String
        public var value: String

        public init(_ name: String, _ value: String) {
            self.name = name
            self.value = value
        }
    }

    public var action: Action
    public var subject: [Field]
    /// The value before the change (nil: there was none).
    public var old: JSONValue?
    /// The value after the change (nil: there is none now).
    public var new: JSONValue?

    public init(action: Action, subject: [Field], old: JSONValue? = nil, new: JSONValue? = nil) {
        self.action = action
        self.subject = subject
        self.old = old
        self.new = new
    }

    public func subject(_ name: String) -> String? { subject.first { $0.name == name }?.value }
}

extension HistoryChange {
    /// A score given (`old` nil) or replaced; scores are kept as the text written to scores.csv.
    public static func score(
        evaluator: String, submission: String, criterion: String,
        old: (score: String, comment: String)?, new: (score: String, comment: String)
    ) -> HistoryChange {
        HistoryChange(
            action: old == nil ? .scoreAdded : .scoreReplaced,
            subject: [
                Field("evaluator", evaluator), Field("submission", submission),
                Field("criterion", criterion),
            ],
            old: old.map { scoreValue($0.score, $0.comment) },
            new: scoreValue(new.score, new.comment))
    }

    /// A decision recorded (`old` nil), replaced, or withdrawn (`new` nil): `kind` is
    /// `moderation`, `clarification` or `conflict`, `key` the fields that identify the entry in
    /// decisions.json, and `old` and `new` the entries themselves.
    public static func decision(
        kind: String, key: [(String, String)], old: JSONValue?, new: JSONValue?
    ) -> HistoryChange {
        let action: Action =
            old == nil ? .decisionRecorded : new == nil ? .decisionWithdrawn : .decisionReplaced
        return HistoryChange(
            action: action, subject: [Field("kind", kind)] + key.map { Field($0.0, $0.1) },
            old: old, new: new)
    }

    /// `tender init` made the round.
    public static func roundCreated(round: String, title: String, rubric: String, version: String)
        -> HistoryChange
    {
        HistoryChange(
            action: .roundCreated, subject: [Field("round", round)],
            new: object([("title", title), ("rubric", rubric), ("version", version)]))
    }

    public static let fileCreated = HistoryChange(action: .fileCreated, subject: [])
    public static let historyStarted = HistoryChange(action: .historyStarted, subject: [])

    /// The decision was found final; `decision` is the SHA-256 of its decision.json.
    public static func finalEvaluation(decision: String) -> HistoryChange {
        HistoryChange(
            action: .finalEvaluation, subject: [], new: object([("decision", decision)]))
    }

    static func scoreValue(_ score: String, _ comment: String) -> JSONValue {
        object([("score", score), ("comment", comment)])
    }

    static func object(_ members: [(String, String)]) -> JSONValue {
        JSONValue(
            .object(
                JSONObject(
                    members.map { JSONObject.Member(key: $0.0, value: JSONValue(.string($0.1))) })))
    }
}
