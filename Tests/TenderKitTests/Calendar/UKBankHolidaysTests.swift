import Testing

@testable import TenderKit

/// The namespace of the calendar tests (bank holidays, working days, standstill).
@Suite("Calendar")
enum CalendarTests {}

extension CalendarTests {
    /// `UKBankHolidays` against the lists GOV.UK publishes (www.gov.uk/bank-holidays) for 2020 to
    /// 2027: every date, nothing more, for each part of the United Kingdom.
    @Suite struct UKBankHolidaysTests {
        struct Published: Sendable, CustomTestStringConvertible {
            var nation: UKBankHolidays.Nation
            var year: Int
            var dates: [String]
            var testDescription: String { "\(nation.rawValue) \(year)" }
        }

        static let englandAndWales: [Published] = [
            .init(
                nation: .englandAndWales, year: 2020,
                dates: ["01-01", "04-10", "04-13", "05-08", "05-25", "08-31", "12-25", "12-28"]),
            .init(
                nation: .englandAndWales, year: 2021,
                dates: ["01-01", "04-02", "04-05", "05-03", "05-31", "08-30", "12-27", "12-28"]),
            .init(
                nation: .englandAndWales, year: 2022,
                dates: [
                    "01-03", "04-15", "04-18", "05-02", "06-02", "06-03", "08-29", "09-19", "12-26",
                    "12-27",
                ]),
            .init(
                nation: .englandAndWales, year: 2023,
                dates: [
                    "01-02", "04-07", "04-10", "05-01", "05-08", "05-29", "08-28", "12-25", "12-26",
                ]),
            .init(
                nation: .englandAndWales, year: 2024,
                dates: ["01-01", "03-29", "04-01", "05-06", "05-27", "08-26", "12-25", "12-26"]),
            .init(
                nation: .englandAndWales, year: 2025,
                dates: ["01-01", "04-18", "04-21", "05-05", "05-26", "08-25", "12-25", "12-26"]),
            .init(
                nation: .englandAndWales, year: 2026,
                dates: ["01-01", "04-03", "04-06", "05-04", "05-25", "08-31", "12-25", "12-28"]),
            .init(
                nation: .englandAndWales, year: 2027,
                dates: ["01-01", "03-26", "03-29", "05-03", "05-31", "08-30", "12-27", "12-28"]),
        ]

        static let scotland: [Published] = [
            .init(
                nation: .scotland, year: 2020,
                dates: [
                    "01-01", "01-02", "04-10", "05-08", "05-25", "08-03", "11-30", "12-25", "12-28",
                ]),
            .init(
                nation: .scotland, year: 2021,
                dates: [
                    "01-01", "01-04", "04-02", "05-03", "05-31", "08-02", "11-30", "12-27", "12-28",
                ]),
            .init(
                nation: .scotland, year: 2022,
                dates: [
                    "01-03", "01-04", "04-15", "05-02", "06-02", "06-03", "08-01", "09-19", "11-30",
                    "12-26", "12-27",
                ]),
            .init(
                nation: .scotland, year: 2023,
                dates: [
                    "01-02", "01-03", "04-07", "05-01", "05-08", "05-29", "08-07", "11-30", "12-25",
                    "12-26",
                ]),
            .init(
                nation: .scotland, year: 2024,
                dates: [
                    "01-01", "01-02", "03-29", "05-06", "05-27", "08-05", "12-02", "12-25", "12-26",
                ]),
            .init(
                nation: .scotland, year: 2025,
                dates: [
                    "01-01", "01-02", "04-18", "05-05", "05-26", "08-04", "12-01", "12-25", "12-26",
                ]),
            .init(
                nation: .scotland, year: 2026,
                dates: [
                    "01-01", "01-02", "04-03", "05-04", "05-25", "08-03", "11-30", "12-25", "12-28",
                ]),
            .init(
                nation: .scotland, year: 2027,
                dates: [
                    "01-01", "01-04", "03-26", "05-03", "05-31", "08-02", "11-30", "12-27", "12-28",
                ]),
        ]

        /// Northern Ireland: England and Wales's days plus St Patrick's Day and the Battle of the Boyne.
        static let northernIreland: [Published] = zip(
            englandAndWales,
            [
                ["03-17", "07-13"], ["03-17", "07-12"], ["03-17", "07-12"], ["03-17", "07-12"],
                ["03-18", "07-12"], ["03-17", "07-14"], ["03-17", "07-13"], ["03-17", "07-12"],
            ]
        ).map { english, extra in
            .init(
                nation: .northernIreland, year: english.year,
                dates: (english.dates + extra).sorted())
        }

        @Test(arguments: englandAndWales + scotland + northernIreland)
        func theTableMatchesThePublishedList(_ published: Published) {
            let computed = UKBankHolidays.holidays(in: published.year, for: published.nation).map {
                String($0.date.description.dropFirst(5))
            }
            #expect(computed == published.dates)
        }

        @Test func substituteDaysAreNamedAsSuch() {
            let names = UKBankHolidays.holidays(in: 2022, for: .scotland).map(\.description)
            #expect(names.contains("2022-01-03 New Year’s Day (substitute day)"))
            #expect(names.contains("2022-01-04 2nd January (substitute day)"))
            #expect(names.contains("2022-12-27 Christmas Day (substitute day)"))
            #expect(
                names.contains(
                    "2022-09-19 Bank holiday for the State Funeral of Queen Elizabeth II"))
        }

        /// Easter Sunday by the Gregorian computus, against known dates.
        @Test(arguments: [
            (2019, "2019-04-21"), (2024, "2024-03-31"), (2025, "2025-04-20"), (2038, "2038-04-25"),
            (2285, "2285-03-22"),
        ])
        func easterSunday(year: Int, expected: String) {
            #expect(ISODate.easterSunday(in: year)?.description == expected)
        }

        @Test func weekdaysAndDayCounts() throws {
            #expect(ISODate("2025-02-24")?.weekday == 1)  // the Act's commencement: a Monday
            #expect(ISODate("1970-01-01")?.weekday == 4)
            #expect(ISODate("1969-12-28")?.weekday == 7)
            let leap = try #require(ISODate("2024-02-28"))
            #expect(leap.adding(days: 1)?.description == "2024-02-29")
            #expect(leap.adding(days: 2)?.description == "2024-03-01")
            #expect(leap.adding(days: -59)?.description == "2023-12-31")
        }
    }
}
