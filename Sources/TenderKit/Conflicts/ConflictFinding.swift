/// One conflict finding: an evaluator, a submission, why (basis), how sure (strength), what was
/// done about it (outcome) and the evidence in words. `decision.json`'s `conflicts` list holds one
/// object per finding with these names.
///
/// There is one finding per (evaluator, submission, basis), carrying the strongest strength among
/// the interests behind it. Its outcome is its pair's outcome, or `lapsed` for a lapsed finding.
public struct ConflictFinding: Sendable, Equatable {
    /// The evaluator's id.
    public var evaluator: String
    /// The submission's id.
    public var submission: String
    public var basis: ConflictBasis
    public var strength: ConflictStrength
    /// The pair's outcome, or `lapsed` for a lapsed finding.
    public var outcome: Outcome
    /// What matched what, e.g. `declared interest "Teesside Youth Trust Ltd" (2019-2023) is the
    /// applicant "The Teesside Youth Trust Limited"; relationship: trustee`.
    public var evidence: String
    /// The chair's ruling rationale, when a ruling decided the pair (not for lapsed findings).
    public var rationale: String?

    public init(
        evaluator: String, submission: String, basis: ConflictBasis, strength: ConflictStrength,
        outcome: Outcome, evidence: String, rationale: String? = nil
    ) {
        self.evaluator = evaluator
        self.submission = submission
        self.basis = basis
        self.strength = strength
        self.outcome = outcome
        self.evidence = evidence
        self.rationale = rationale
    }

    /// The order of `decision.json`'s list: evaluator id, then submission id, then basis.
    public static func isOrderedBefore(_ lhs: ConflictFinding, _ rhs: ConflictFinding) -> Bool {
        if lhs.evaluator != rhs.evaluator { return lhs.evaluator < rhs.evaluator }
        if lhs.submission != rhs.submission { return lhs.submission < rhs.submission }
        return lhs.basis < rhs.basis
    }
}

extension ConflictFinding {
    /// What was done about a finding: its pair's outcome, or `lapsed` for a lapsed finding (one
    /// that is recorded but is not a conflict). `ConflictWords` puts it in words.
    public enum Outcome: Sendable, Hashable, CaseIterable {
        case excluded
        case kept
        case pending
        case lapsed

        /// The finding outcome that is the pair's outcome.
        public init(_ pair: PairOutcome) {
            switch pair {
            case .excluded: self = .excluded
            case .kept: self = .kept
            case .pending: self = .pending
            }
        }
    }
}
