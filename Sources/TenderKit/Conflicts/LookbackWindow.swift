/// The years before a round closes in which an ended organisation interest still counts.
///
/// A trustee who stood down long ago is no longer conflicted: an organisation interest whose `to`
/// date is earlier than the round's `closes` date minus `conflicts.lookbackYears` calendar years is
/// `lapsed` (recorded, not a conflict). An interest that ended exactly on that date still counts.
/// A current interest (`to` is nil) never lapses.
struct LookbackWindow: Sendable {
    let closes: ISODate
    let years: Int
    /// The earliest end date that still counts; nil when it falls outside the calendar, and then
    /// nothing lapses.
    let earliestCounted: ISODate?

    init(closes: ISODate, years: Int) {
        self.closes = closes
        self.years = years
        earliestCounted = closes.adding(years: -years)
    }

    /// True when the interest ended before the window opened.
    func hasLapsed(_ interest: OrganisationInterest) -> Bool {
        guard let ended = interest.to, let earliestCounted else { return false }
        return ended < earliestCounted
    }

    /// Why a lapsed interest no longer counts, for its evidence:
    /// `lapsed: ended 2013-03-31, before 2014-06-30 (5 years before the round closed on 2019-06-30)`.
    func lapseExplanation(_ interest: OrganisationInterest) -> String {
        let ended = interest.to.map { "ended \($0)" } ?? "ended"
        let cutoff = earliestCounted.map { ", before \($0)" } ?? ""
        let unit = years == 1 ? "year" : "years"
        return "lapsed: \(ended)\(cutoff) (\(years) \(unit) before the round closed on \(closes))"
    }
}
