/// The bank holidays of the three parts of the United Kingdom, computed from their rules.
///
/// The rules (Banking and Financial Dealings Act 1971, Schedule 1, as amended, and the royal
/// proclamations made under it every year):
///
/// | Holiday | England and Wales | Scotland | Northern Ireland |
/// |---|---|---|---|
/// | New Year's Day, 1 January | ✓ | ✓ | ✓ |
/// | 2 January | | ✓ | |
/// | St Patrick's Day, 17 March | | | ✓ |
/// | Good Friday (Easter Sunday − 2) | ✓ | ✓ | ✓ |
/// | Easter Monday (Easter Sunday + 1) | ✓ | | ✓ |
/// | Early May bank holiday, first Monday in May | ✓ | ✓ | ✓ |
/// | Spring bank holiday, last Monday in May | ✓ | ✓ | ✓ |
/// | Battle of the Boyne (Orangemen's Day), 12 July | | | ✓ |
/// | Summer bank holiday | last Monday in August | first Monday in August | last Monday in August |
/// | St Andrew's Day, 30 November | | ✓ | |
/// | Christmas Day, 25 December; Boxing Day, 26 December | ✓ | ✓ | ✓ |
///
/// **Substitute days.** A fixed-date holiday that falls on a Saturday or Sunday is replaced by the
/// next weekday that is not itself a holiday, taken in date order: Christmas Day on a Saturday
/// gives Monday 27 December, and Boxing Day on the Sunday then Tuesday 28 December; Christmas Day
/// on a Sunday gives Tuesday 27 (Monday 26 is Boxing Day). Good Friday and the Monday holidays
/// never fall at a weekend.
///
/// **Moved and one-off days** (`movedDays`, `oneOffDays`), each made by proclamation for the whole
/// United Kingdom: the early May bank holiday moved to Friday 8 May in 1995 and 2020 (VE Day); the
/// spring bank holiday moved to 4 June in 2002 and 2012 and to 2 June in 2022 (the jubilees); and
/// additional days: 31 December 1999 (the millennium), 3 June 2002, 29 April 2011, 5 June 2012,
/// 3 June 2022 (the Golden, Diamond and Platinum Jubilees and a royal wedding), 19 September 2022
/// (the State Funeral of Queen Elizabeth II) and 8 May 2023 (the Coronation of King Charles III).
/// A day proclaimed after this list was written is added to `round.json`'s `nonWorkingDays`.
///
/// Tests compare the table with the lists published on GOV.UK for 2020 to 2027.
public enum UKBankHolidays {
    public enum Nation: String, Sendable, CaseIterable {
        case englandAndWales = "england-and-wales"
        case scotland
        case northernIreland = "northern-ireland"
    }

    public struct Holiday: Sendable, Equatable, CustomStringConvertible {
        public var date: ISODate
        public var name: String

        public var description: String { "\(date) \(name)" }
    }

    /// A holiday moved from its rule's date to another, in every nation.
    static let movedDays: [(name: String, from: ISODate, to: ISODate)] = [
        ("Early May bank holiday", date(1995, 5, 1), date(1995, 5, 8)),
        ("Spring bank holiday", date(2002, 5, 27), date(2002, 6, 4)),
        ("Spring bank holiday", date(2012, 5, 28), date(2012, 6, 4)),
        ("Early May bank holiday", date(2020, 5, 4), date(2020, 5, 8)),
        ("Spring bank holiday", date(2022, 5, 30), date(2022, 6, 2)),
    ]

    /// Additional bank holidays proclaimed once, in every nation.
    static let oneOffDays: [Holiday] = [
        Holiday(date: date(1999, 12, 31), name: "Millennium celebrations"),
        Holiday(date: date(2002, 6, 3), name: "Golden Jubilee bank holiday"),
        Holiday(date: date(2011, 4, 29), name: "Royal wedding"),
        Holiday(date: date(2012, 6, 5), name: "Diamond Jubilee bank holiday"),
        Holiday(date: date(2022, 6, 3), name: "Platinum Jubilee bank holiday"),
        Holiday(
            date: date(2022, 9, 19),
            name: "Bank holiday for the State Funeral of Queen Elizabeth II"),
        Holiday(
            date: date(2023, 5, 8), name: "Bank holiday for the coronation of King Charles III"),
    ]

    /// The nation's bank holidays in `year`, in date order.
    public static func holidays(in year: Int, for nation: Nation) -> [Holiday] {
        var days: [Holiday] = []
        var weekendDays: [Holiday] = []
        for holiday in ruleDays(in: year, for: nation) {
            if holiday.date.isWeekend { weekendDays.append(holiday) } else { days.append(holiday) }
        }
        days += oneOffDays.filter { $0.date.year == year }
        for holiday in weekendDays.sorted(by: { $0.date < $1.date }) {
            var substitute = holiday.date
            while substitute.isWeekend || days.contains(where: { $0.date == substitute }) {
                guard let next = substitute.adding(days: 1) else { break }
                substitute = next
            }
            days.append(Holiday(date: substitute, name: "\(holiday.name) (substitute day)"))
        }
        return days.sorted { $0.date < $1.date }
    }

    /// True when `date` is a bank holiday in England and Wales, Scotland or Northern Ireland.
    public static func isBankHolidayAnywhere(_ date: ISODate) -> Bool {
        Nation.allCases.contains { nation in
            holidays(in: date.year, for: nation).contains { $0.date == date }
        }
    }

    /// The days the rules give, before substitutes, with moved days applied.
    private static func ruleDays(in year: Int, for nation: Nation) -> [Holiday] {
        var days = fixedDays(in: year, for: nation)
        if let easter = ISODate.easterSunday(in: year) {
            days.append(Holiday(date: easter.adding(days: -2) ?? easter, name: "Good Friday"))
            if nation != .scotland {
                days.append(Holiday(date: easter.adding(days: 1) ?? easter, name: "Easter Monday"))
            }
        }
        let monday = { (occurrence: Int, month: Int, name: String) in
            ISODate.weekday(1, occurrence: occurrence, month: month, year: year).map {
                Holiday(date: $0, name: name)
            }
        }
        days += [
            monday(1, 5, "Early May bank holiday"), monday(-1, 5, "Spring bank holiday"),
            monday(nation == .scotland ? 1 : -1, 8, "Summer bank holiday"),
        ].compactMap { $0 }
        return days.map { holiday in
            guard let moved = movedDays.first(where: { $0.from == holiday.date }) else {
                return holiday
            }
            return Holiday(date: moved.to, name: moved.name)
        }
    }

    private static func fixedDays(in year: Int, for nation: Nation) -> [Holiday] {
        var fixed: [(Int, Int, String)] = [(1, 1, "New Year’s Day")]
        switch nation {
        case .englandAndWales:
            break
        case .scotland:
            fixed += [(1, 2, "2nd January"), (11, 30, "St Andrew’s Day")]
        case .northernIreland:
            fixed += [
                (3, 17, "St Patrick’s Day"), (7, 12, "Battle of the Boyne (Orangemen’s Day)"),
            ]
        }
        fixed += [(12, 25, "Christmas Day"), (12, 26, "Boxing Day")]
        return fixed.compactMap { month, day, name in
            ISODate(year: year, month: month, day: day).map { Holiday(date: $0, name: name) }
        }
    }

    /// A date written in this file (each one is real: the tests compare the tables with the
    /// published lists).
    private static func date(_ year: Int, _ month: Int, _ day: Int) -> ISODate {
        ISODate(literalYear: year, month: month, day: day)
    }
}
