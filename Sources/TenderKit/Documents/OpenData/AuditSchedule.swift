import Foundation

/// The commissioning strategy's fifth stage, Audit: "an ongoing schedule of review and scrutiny".
/// For each award, a review every `audit.reviewEveryMonths` months over its `audit.durationMonths`,
/// counted from the round's award date.
public struct AuditSchedule: Sendable {
    public struct Review: Sendable {
        public var submission: String
        public var organisation: String
        public var number: Int
        public var of: Int
        public var date: ISODate
        public var amount: Decimal
    }

    public private(set) var reviews: [Review] = []
    /// Awards whose schedule could not be worked out, with the reason.
    public private(set) var problems: [(submission: String, reason: String)] = []

    public init(decision: Decision, round: LoadedRound) {
        guard let audit = round.rubric.audit else { return }
        for position in decision.awardedPositionsInRankOrder {
            let result = decision.submissions[position]
            let submission = round.submissions[result.index]
            let scope = RuleScope(
                submission: submission.json, round: round.round.json, rubric: round.rubric.json)
            switch audit.durationMonths.evaluate(in: scope) {
            case .success(.number(let months)) where !months.isNaN && months > 0:
                addReviews(
                    for: result, months: months, every: audit.reviewEveryMonths,
                    from: round.round.awardDate)
            case .success(let other):
                problems.append(
                    (
                        result.id,
                        "the duration is \(RuleValueText.describe(other)), not a positive number of months"
                    ))
            case .failure(let error):
                problems.append(
                    (result.id, "the duration could not be evaluated: \(error.message)"))
            }
        }
    }

    /// The reviews of one award. The duration is a rule's value (often from the applicant's own
    /// file) and the period the rubric's, so either can be any size: reviews are counted only up to
    /// the calendar's end (9999-12), which keeps the month arithmetic within `Int`.
    private mutating func addReviews(
        for result: SubmissionResult, months: Decimal, every: Int, from start: ISODate
    ) {
        let horizon = (9_999 - start.year) * 12 + (12 - start.month)
        guard months <= Decimal(horizon) else {
            problems.append(
                (
                    result.id,
                    "the award lasts \(NumberText.decimal(months)) months, beyond the end of the calendar (9999)"
                ))
            return
        }
        let count =
            every <= horizon ? NSDecimalNumber(decimal: months / Decimal(every)).intValue : 0
        guard count > 0 else {
            problems.append(
                (
                    result.id,
                    "the award lasts \(NumberText.decimal(months)) months, shorter than one review period of \(every) months"
                ))
            return
        }
        for number in 1...count {
            guard let date = start.adding(months: number * every) else { break }
            reviews.append(
                Review(
                    submission: result.id, organisation: result.organisation, number: number,
                    of: count, date: date, amount: result.awarded ?? 0))
        }
    }
}
