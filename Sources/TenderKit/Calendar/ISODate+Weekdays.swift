/// Day arithmetic on `ISODate`: weekdays, the next day, and the date a day count stands for.
extension ISODate {
    /// A date written as a literal in the source, known to be on the calendar.
    init(literalYear year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// ISO weekday: 1 Monday … 6 Saturday, 7 Sunday.
    public var weekday: Int {
        // 1970-01-01 was a Thursday (4).
        let offset = (daysSinceEpoch + 3) % 7
        return (offset < 0 ? offset + 7 : offset) + 1
    }

    public var isWeekend: Bool { weekday >= 6 }

    /// The date `days` days later (or earlier); nil past the calendar (years 1 to 9999).
    public func adding(days: Int) -> ISODate? {
        ISODate(daysSinceEpoch: daysSinceEpoch + days)
    }

    /// The date a count of days since 1970-01-01 stands for (Howard Hinnant's civil_from_days).
    public init?(daysSinceEpoch days: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        self.init(year: year, month: month, day: day)
    }

    /// Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm of Meeus,
    /// Jones and Butcher), for the Easter-based bank holidays.
    public static func easterSunday(in year: Int) -> ISODate? {
        let a = year % 19
        let b = year / 100
        let c = year % 100
        let d = b / 4
        let e = b % 4
        let f = (b + 8) / 25
        let g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4
        let k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return ISODate(year: year, month: month, day: day)
    }

    /// The first (`occurrence` 1) or last (`occurrence` -1) given weekday of a month.
    static func weekday(_ weekday: Int, occurrence: Int, month: Int, year: Int) -> ISODate? {
        if occurrence > 0 {
            guard let first = ISODate(year: year, month: month, day: 1) else { return nil }
            let ahead = (weekday - first.weekday + 7) % 7
            return first.adding(days: ahead + 7 * (occurrence - 1))
        }
        let days = ISODate.daysIn(month: month, year: year)
        guard let last = ISODate(year: year, month: month, day: days) else { return nil }
        return last.adding(days: -((last.weekday - weekday + 7) % 7))
    }
}
