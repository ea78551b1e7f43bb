// The words a conflict finding is recorded in: why it was found, how sure it is, and what was done.
//
// They are one vocabulary: `decision.json` writes their raw values, the documents print them,
// and the scoring engine reads `PairOutcome`. Kept together so the set reads as one list.

/// Why an evaluator was found to have a conflict with a submission. Ordered by raw value, the
/// order `decision.json` lists a pair's findings in.
public enum ConflictBasis: String, Sendable, CaseIterable, Comparable {
    /// A declared organisation interest is the applicant (same identifier or normalised name).
    case declaredOrganisation = "declared-organisation"
    /// A declared organisation interest is one of the submission's partners.
    case declaredPartner = "declared-partner"
    /// A declared person interest is among the people the submission names.
    case declaredPerson = "declared-person"
    /// The evaluator's own name is among the people the submission names.
    case undeclaredPerson = "undeclared-person"
    /// The evaluator's own organisation is the applicant or one of its partners.
    case undeclaredEmployer = "undeclared-employer"
    /// The evaluator's email domain is the applicant's website domain.
    case undeclaredDomain = "undeclared-domain"

    public static func < (lhs: ConflictBasis, rhs: ConflictBasis) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}

/// How sure a finding is: `match` over `possible` over `lapsed` (the `Comparable` order runs
/// from the weakest, so `max` is the strongest).
public enum ConflictStrength: String, Sendable, CaseIterable, Comparable {
    /// The names or identifiers are the same: the pair is excluded unless the chair rules otherwise.
    case match
    /// The names may be the same person: the pair is pending until the chair rules.
    case possible
    /// An organisation interest that ended before the lookback window: recorded, not a conflict.
    case lapsed

    /// 2 for `match`, 1 for `possible`, 0 for `lapsed`.
    public var rank: Int {
        switch self {
        case .match: 2
        case .possible: 1
        case .lapsed: 0
        }
    }

    public static func < (lhs: ConflictStrength, rhs: ConflictStrength) -> Bool {
        lhs.rank < rhs.rank
    }
}

/// What follows for an (evaluator, submission) pair with at least one finding that is not lapsed.
public enum PairOutcome: String, Sendable, CaseIterable {
    /// None of the evaluator's scores for the submission count.
    case excluded
    /// The chair ruled there is no conflict: the scores count.
    case kept
    /// Only possible findings and no ruling yet: the scores count provisionally, and the pair is
    /// a blocking `possible-conflict` item for an eligible submission.
    case pending
}
