/// One thing about an evaluator (a declared interest, their name, employer or email domain) found
/// in one submission: the raw material of a finding.
///
/// Several candidates can stand behind one finding: two declared interests in the same applicant,
/// or a declared person named twice. The finding takes the strongest, and, among equally strong
/// ones, the first by interest, then party, then a name match before an identifier match: its
/// evidence is then the same whatever order the lookups ran in.
struct ConflictCandidate: Sendable {
    /// The part of the submission that matched.
    enum Party: Sendable, Equatable {
        case applicant
        case partner(Int)
        case person(Int)
        case website

        /// Applicant first, then partners and people in file order.
        var order: Int {
            switch self {
            case .applicant, .website: 0
            case .partner(let index), .person(let index): index + 1
            }
        }
    }

    let evaluator: Int
    let basis: ConflictBasis
    let strength: ConflictStrength
    /// The declared interest's index in the evaluator's list; nil for the undeclared bases.
    let interest: Int?
    let party: Party
    /// The normalised identifier both sides share, when identifiers matched and names did not.
    let identifier: String?

    /// The candidate that speaks for each (evaluator, basis), sorted by evaluator index, then basis.
    static func strongestPerFinding(_ candidates: [ConflictCandidate]) -> [ConflictCandidate] {
        let ordered = candidates.sorted { lhs, rhs in
            if lhs.evaluator != rhs.evaluator { return lhs.evaluator < rhs.evaluator }
            if lhs.basis != rhs.basis { return lhs.basis < rhs.basis }
            return lhs.isPreferred(over: rhs)
        }
        var strongest: [ConflictCandidate] = []
        for candidate in ordered {
            if let previous = strongest.last, previous.evaluator == candidate.evaluator,
                previous.basis == candidate.basis
            {
                continue
            }
            strongest.append(candidate)
        }
        return strongest
    }

    /// Stronger first; then the earlier interest, the earlier party, a name before an identifier.
    private func isPreferred(over other: ConflictCandidate) -> Bool {
        (-strength.rank, interest ?? -1, party.order, identifier == nil ? 0 : 1, identifier ?? "")
            < (
                -other.strength.rank, other.interest ?? -1, other.party.order,
                other.identifier == nil ? 0 : 1,
                other.identifier ?? ""
            )
    }
}
