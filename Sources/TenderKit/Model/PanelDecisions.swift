/// `decisions.json`: what the panel decided by hand. Every list is optional and may be empty.
public struct PanelDecisions: Sendable {
    public var moderation: [Moderation] = []
    public var clarifications: [Clarification] = []
    public var conflicts: [ConflictRuling] = []

    public init(
        moderation: [Moderation] = [], clarifications: [Clarification] = [],
        conflicts: [ConflictRuling] = []
    ) {
        self.moderation = moderation
        self.clarifications = clarifications
        self.conflicts = conflicts
    }

    /// An agreed consensus score that replaces the computed one.
    public struct Moderation: DecisionEntry {
        public var submission: String
        public var criterion: String
        public var score: Double
        public var rationale: String
        public var location: SourceLocation
        public var fieldLocations: [String: SourceLocation] = [:]
    }

    /// The answer to an abnormally low value.
    public struct Clarification: DecisionEntry {
        public enum Outcome: String, Sendable, CaseIterable { case accepted, rejected }
        public var submission: String
        public var criterion: String
        public var outcome: Outcome
        public var rationale: String
        public var location: SourceLocation
        public var fieldLocations: [String: SourceLocation] = [:]
    }

    /// The chair's ruling on a conflict finding for an (evaluator, submission) pair.
    public struct ConflictRuling: DecisionEntry {
        public enum Outcome: String, Sendable, CaseIterable {
            case conflict
            case noConflict = "no-conflict"
        }
        public var evaluator: String
        public var submission: String
        public var outcome: Outcome
        public var rationale: String
        public var location: SourceLocation
        public var fieldLocations: [String: SourceLocation]

        public init(
            evaluator: String, submission: String, outcome: Outcome, rationale: String,
            location: SourceLocation = .file("decisions.json"),
            fieldLocations: [String: SourceLocation] = [:]
        ) {
            self.evaluator = evaluator
            self.submission = submission
            self.outcome = outcome
            self.rationale = rationale
            self.location = location
            self.fieldLocations = fieldLocations
        }
    }
}

/// Where an entry of `decisions.json` stands: the entry as a whole (its `{`), for a problem with
/// the entry such as a repeat, and each field's value, for a problem with one field.
public protocol DecisionEntry: Sendable {
    var location: SourceLocation { get }
    /// The location of each field's value, by field name (empty for entries built in code).
    var fieldLocations: [String: SourceLocation] { get }
}

extension DecisionEntry {
    /// Where `field`'s value stands, or the entry's own location when that is not known.
    public func location(of field: String) -> SourceLocation {
        fieldLocations[field] ?? location
    }
}
