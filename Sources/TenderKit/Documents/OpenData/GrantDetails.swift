import Foundation

/// What a 360Giving grant says beyond the award, from what the round already knows: the planned
/// dates (from the round's award date for the submission's `durationMonths`, as the rubric's audit
/// rule or the submission gives it), where its beneficiaries are (the submission's
/// `deliveryAreas`, where the rubric's `places` maps them), and when the record was last changed
/// (the round's award date: never the clock, so the same inputs give the same bytes).
struct GrantDetails {
    struct Planned {
        var start: ISODate
        var end: ISODate
        var months: Int
    }

    var planned: Planned?
    var locations: [Rubric.Place]
    var dateModified: String

    /// The submission and the round are borrowed: a copy of the round for each grant retained
    /// every one of its arrays.
    init(submission: borrowing Submission, round: borrowing LoadedRound) {
        let start = round.round.awardDate
        dateModified = "\(start)T00:00:00Z"
        var months: Int?
        if let audit = round.rubric.audit {
            let scope = RuleScope(
                submission: submission.json, round: round.round.json, rubric: round.rubric.json)
            if case .success(.number(let value)) = audit.durationMonths.evaluate(in: scope),
                value > 0, value == value.rounded(places: 0), value <= 1200
            {
                months = NSDecimalNumber(decimal: value).intValue
            }
        } else if let value = submission[.durationMonths]?.number?.int, value > 0,
            value <= 1200
        {
            months = value
        }
        planned = months.flatMap { months in
            start.adding(months: months).map { Planned(start: start, end: $0, months: months) }
        }
        let areas = submission[.deliveryAreas]?.array?.compactMap(\.string) ?? []
        locations = areas.compactMap { round.rubric.places[$0] }
    }
}
