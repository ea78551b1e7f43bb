/// Working days for the standstill period of the Procurement Act 2023.
///
/// Section 51 counts working days, and the Act's interpretation (s.123) defines a working day as a
/// day that is not a Saturday or Sunday, Christmas Day, Good Friday, or a bank holiday in any part of
/// the United Kingdom (`UKBankHolidays`). A round may name further days its buyer does not work
/// (`nonWorkingDays` in round.json).
public struct WorkingDayCalendar: Sendable {
    public var nonWorkingDays: Set<ISODate>

    public init(nonWorkingDays: [ISODate] = []) {
        self.nonWorkingDays = Set(nonWorkingDays)
    }

    public func isWorkingDay(_ date: ISODate) -> Bool {
        if date.isWeekend || nonWorkingDays.contains(date) { return false }
        if date.month == 12, date.day == 25 { return false }
        if let easter = ISODate.easterSunday(in: date.year), easter.adding(days: -2) == date {
            return false
        }
        return !UKBankHolidays.isBankHolidayAnywhere(date)
    }

    /// The `count`th working day of a period beginning with `start` (day 1 is `start` when it is a
    /// working day, otherwise the next working day). Nil past the calendar.
    public func workingDay(_ count: Int, ofPeriodBeginning start: ISODate) -> ISODate? {
        var date = start
        var counted = 0
        while true {
            if isWorkingDay(date) {
                counted += 1
                if counted >= count { return date }
            }
            guard let next = date.adding(days: 1) else { return nil }
            date = next
        }
    }
}

/// The standstill period before a contract may be entered into (Procurement Act 2023, s.51): eight
/// working days beginning with the day the contract award notice is published.
public struct Standstill: Sendable, Equatable {
    /// The working days the period lasts (s.51(2)).
    public static let workingDays = 8

    /// The day the contract award notice is published.
    public var noticeDate: ISODate
    /// The period's first working day: the notice day, or the next working day after it.
    public var begins: ISODate
    /// The period's eighth working day, on which it ends.
    public var ends: ISODate
    /// The calendar day after `ends`: the first day the contract may be entered into.
    public var earliestContractDate: ISODate

    public init?(noticeDate: ISODate, calendar: WorkingDayCalendar) {
        guard let begins = calendar.workingDay(1, ofPeriodBeginning: noticeDate),
            let ends = calendar.workingDay(Standstill.workingDays, ofPeriodBeginning: noticeDate),
            let after = ends.adding(days: 1)
        else { return nil }
        self.noticeDate = noticeDate
        self.begins = begins
        self.ends = ends
        earliestContractDate = after
    }

    /// The standstill of a final decision in a round under the Procurement Act 2023 with an award
    /// notice date; nil otherwise (a provisional decision has no award to stand still on).
    public init?(round: Round, status: Decision.Status) {
        guard round.awardStage.regime == .procurementAct2023, status == .final,
            let notice = round.awardStage.awardNoticeDate
        else { return nil }
        self.init(
            noticeDate: notice,
            calendar: WorkingDayCalendar(nonWorkingDays: round.awardStage.nonWorkingDays))
    }
}
