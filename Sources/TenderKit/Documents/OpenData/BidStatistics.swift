/// The OCDS bid statistics a round publishes. Every `measure` is a code of the bid extension's
/// `bidStatistics` codelist (v1.1.5), never an invented one: `bids` (received), `bidders` (unique
/// organisations, by identifier or else normalised name), `validBids` (passed every eligibility
/// gate) and `tendersAbnormallyLow` (excluded after clarification of an abnormally low value).
struct BidStatistics {
    struct Statistic {
        var measure: String
        var value: Int
        var notes: String
    }

    let all: [Statistic]

    init(decision: Decision, round: LoadedRound) {
        let submissions = decision.submissions
        let bidders = Set(
            submissions.map { result in
                let organisation = round.submissions[result.index].organisation
                return organisation.identifiers.sorted().first
                    ?? "name:" + OrganisationName(organisation.name).key
            })
        all = [
            Statistic(measure: "bids", value: submissions.count, notes: "Submissions received"),
            Statistic(
                measure: "bidders", value: bidders.count,
                notes: "Organisations submitting, by identifier or else name"),
            Statistic(
                measure: "validBids", value: submissions.filter { $0.status != .ineligible }.count,
                notes: "Submissions that passed every eligibility gate"),
            Statistic(
                measure: "tendersAbnormallyLow",
                value: submissions.filter { $0.status == .rejected }.count,
                notes: "Submissions excluded after clarification of an abnormally low value"),
        ]
    }
}
