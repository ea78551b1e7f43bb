import Foundation

/// Why a submission has its status, with the figures behind it. The model records these;
/// `ReasonWords` (in the documents) puts them in words.
public enum SubmissionReason: Sendable, Equatable {
    /// A gate failed: its title, the rubric's message, and why the rule gave no answer if it
    /// gave none.
    case failedGate(title: String, message: String, problem: GateProblem?)
    /// A quantitative criterion's value (named by its title) was not usable.
    case unusableValue(criterion: String, UnusableNumber)
    /// The award amount was not usable.
    case unusableAmount(UnusableNumber)
    /// A criterion's agreed score is below its minimum.
    case consensusBelowMinimum(criterion: String, consensus: Double, minimum: Double)
    /// The quality score (a percentage of the panel-scored weight) is below the rubric's minimum.
    case qualityBelowMinimum(percent: Double, minimum: Double)
    /// An abnormally low value that the panel rejected after clarification.
    case clarificationRejected(AbnormalValue, rationale: String)
    /// Where the submission came in the award (a round without lots).
    case award(AwardReason, rank: Int, total: Double)
    /// Where the submission came in its lot's award.
    case lotAward(LotAwardReason, lot: String, rank: Int, total: Double)

    /// Why a rule's number could not be used.
    public enum UnusableNumber: Sendable, Equatable {
        /// The rule could not be evaluated; the rule engine's message.
        case notEvaluated(error: String)
        case notFinite
        /// The rule gave a value that is not a number.
        case notNumber(RuleValue)
        /// A criterion's value that a method divides by is 0 or less.
        case notPositiveDivisor(Decimal, method: Criterion.Quantitative.Method)
        /// An award amount (rounded to the penny) of 0 or less.
        case notPositiveAmount(Decimal)
        /// An award amount with more digits than tender holds exactly.
        case tooLarge
    }

    /// A ranked submission's place in an award without lots.
    public enum AwardReason: Sendable, Equatable {
        /// `single`: the first is awarded its amount.
        case awardedFirst(amount: Decimal)
        /// `single`: nobody reached the minimum total, so nobody is awarded.
        case noneReachedMinimum(minimumTotal: Double)
        /// `single`: below the winner, whose total is given.
        case outranked(winnerTotal: Double)
        /// `allocation`: funded, leaving `remaining` of the budget.
        case funded(amount: Decimal, remaining: Decimal)
        /// `allocation`: below the minimum total for funding.
        case belowMinimum(minimumTotal: Double)
        /// `allocation`: the amount does not fit what remains of the budget.
        case doesNotFit(amount: Decimal, remaining: Decimal)
    }
}

/// An abnormally low value: the criterion, the value, and the mean of the others it falls below.
public struct AbnormalValue: Sendable, Equatable {
    /// The criterion's id, title and unit.
    public var criterion: String
    public var title: String
    public var unit: String?
    public var value: Decimal
    /// The test's fraction: a value below (1 − fraction) × the others' mean is abnormally low.
    public var fraction: Decimal
    /// How many other submissions the mean is of.
    public var others: Int
    public var othersMean: Decimal
    public var threshold: Decimal
}
