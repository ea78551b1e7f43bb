/// `decisions.json`: what the panel decided by hand. Every list is optional and may be empty.
public struct Decisions: Sendable {
    public var moderation: [Moderation] = []
    public var clarifications: [Clarification] = []
    public var conflicts: [ConflictRuling] = []

    public init(moderation: [Moderation] = [], clarifications: [Clarification] = [], conflicts: [ConflictRuling] = []) {
        self.moderation = moderation
        self.clarifications = clarifications
        self.conflicts = conflicts
    }

    /// An agreed consensus score that replaces the computed one.
    public struct Moderation: Sendable {
        public var submission: String
        public var criterion: String
        public var score: Double
        public var rationale: String
        public var location: SourceLocation
    }

    /// The answer to an abnormally low value.
    public struct Clarification: Sendable {
        public enum Outcome: String, Sendable, CaseIterable { case accepted, rejected }
        public var submission: String
        public var criterion: String
        public var outcome: Outcome
        public var rationale: String
        public var location: SourceLocation
    }

    /// The chair's ruling on a conflict finding for an (evaluator, submission) pair.
    public struct ConflictRuling: Sendable {
        public enum Outcome: String, Sendable, CaseIterable {
            case conflict
            case noConflict = "no-conflict"
        }
        public var evaluator: String
        public var submission: String
        public var outcome: Outcome
        public var rationale: String
        public var location: SourceLocation

        public init(
            evaluator: String, submission: String, outcome: Outcome, rationale: String,
            location: SourceLocation = .file("decisions.json")
        ) {
            self.evaluator = evaluator
            self.submission = submission
            self.outcome = outcome
            self.rationale = rationale
            self.location = location
        }
    }
}
