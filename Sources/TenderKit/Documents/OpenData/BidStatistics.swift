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
        // Each result read in place (a copy would retain every one of its fields).
        let submissions = decision.submissions
        var bidders: Set<String> = []
        var valid = 0
        var rejected = 0
        for position in submissions.indices {
            let organisation = round.submissions[submissions[position].index].organisation
            bidders.insert(
                organisation.identifiers.sorted().first
                    ?? "name:" + OrganisationName(organisation.name).key)
            if submissions[position].status != .ineligible { valid += 1 }
            if submissions[position].status == .rejected { rejected += 1 }
        }
        all = [
            Statistic(measure: "bids", value: submissions.count, notes: "Submissions received"),
            Statistic(
                measure: "bidders", value: bidders.count,
                notes: "Organisations submitting, by identifier or else name"),
            Statistic(
                measure: "validBids", value: valid,
                notes: "Submissions that passed every eligibility gate"),
            Statistic(
                measure: "tendersAbnormallyLow",
                value: rejected,
                notes: "Submissions excluded after clarification of an abnormally low value"),
        ]
    }
}
