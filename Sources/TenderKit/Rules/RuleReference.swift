/// Which of a rubric's rules an expression is, so that an explanation can point a reader at it
/// instead of repeating a long text (a 60 KB list literal in every submission's explanation).
public enum RuleReference: Sendable, Equatable {
    /// The rule of the gate with this id.
    case gate(String)
    /// The `value` rule of the quantitative criterion with this id.
    case criterionValue(String)
    /// `award.amount`.
    case awardAmount
    /// `audit.durationMonths`.
    case auditDuration
    /// The `lower:`/`higher:` rule at this index of `tieBreak` (from 0).
    case tieBreak(Int)

    /// The rule as an explanation names it: `gate eligible-area`, `tieBreak[1]`.
    var shown: String {
        switch self {
        case .gate(let id): "gate \(id)"
        case .criterionValue(let id): "criterion \(id)'s value"
        case .awardAmount: "award.amount"
        case .auditDuration: "audit.durationMonths"
        case .tieBreak(let index): "tieBreak[\(index)]"
        }
    }
}
