import Testing

@testable import TenderKit

extension CalendarTests {
    /// The standstill period (Procurement Act 2023, s.51): eight working days beginning with the
    /// notice day (or the next working day), each case counted by hand on a calendar.
    @Suite struct StandstillTests {
        struct Case: Sendable, CustomTestStringConvertible {
            var name: String
            var notice: String
            var nonWorking: [String] = []
            var begins: String
            var ends: String
            var earliest: String
            var testDescription: String { name }
        }

        static let cases: [Case] = [
            // Thu 17 (1); Good Friday 18, weekend, Easter Monday 21; 22, 23, 24, 25 (2–5); 28, 29, 30 (6–8).
            Case(
                name: "across Easter 2025", notice: "2025-04-17", begins: "2025-04-17",
                ends: "2025-04-30", earliest: "2025-05-01"),
            // Wed 23 (1), Thu 24 (2); Christmas Fri 25; weekend; Boxing Day's substitute Mon 28;
            // 29, 30, 31 (3–5); New Year Fri 1; weekend; Mon 4 January, Scotland's substitute for
            // 2 January; 5, 6, 7 (6–8).
            Case(
                name: "across Christmas 2026 and the new year's substitute days",
                notice: "2026-12-23", begins: "2026-12-23", ends: "2027-01-07",
                earliest: "2027-01-08"),
            // Fri 5 (1); weekend; the coronation Mon 8; 9–12 (2–5); 15, 16, 17 (6–8).
            Case(
                name: "across the one-off coronation bank holiday of 2023", notice: "2023-05-05",
                begins: "2023-05-05", ends: "2023-05-17", earliest: "2023-05-18"),
            // A Saturday notice: day 1 is Monday 9; 9–13 (1–5), 16, 17, 18 (6–8).
            Case(
                name: "a notice published on a Saturday", notice: "2025-06-07",
                begins: "2025-06-09", ends: "2025-06-18", earliest: "2025-06-19"),
            Case(
                name: "a non-working day from round.json", notice: "2025-06-07",
                nonWorking: ["2025-06-10"], begins: "2025-06-09", ends: "2025-06-19",
                earliest: "2025-06-20"),
            // Thu 10 (1), Fri 11 (2); weekend; Mon 14, Northern Ireland's substitute for the
            // Boyne on Saturday 12; 15–18 (3–6); 21, 22 (7–8).
            Case(
                name: "a bank holiday in Northern Ireland only", notice: "2025-07-10",
                begins: "2025-07-10", ends: "2025-07-22", earliest: "2025-07-23"),
            // Fri 28 November (1); Mon 1 December, St Andrew's Day's substitute in Scotland; 2–5
            // (2–5); 8, 9, 10 (6–8).
            Case(
                name: "St Andrew's Day's substitute in Scotland only", notice: "2025-11-28",
                begins: "2025-11-28", ends: "2025-12-10", earliest: "2025-12-11"),
        ]

        @Test(arguments: cases)
        func eightWorkingDays(_ example: Case) throws {
            let notice = try #require(ISODate(example.notice))
            let calendar = WorkingDayCalendar(
                nonWorkingDays: example.nonWorking.compactMap(ISODate.init))
            let standstill = try #require(Standstill(noticeDate: notice, calendar: calendar))
            #expect(standstill.begins.description == example.begins)
            #expect(standstill.ends.description == example.ends)
            #expect(standstill.earliestContractDate.description == example.earliest)
        }

        @Test func christmasAndGoodFridayAreNeverWorkingDays() throws {
            let calendar = WorkingDayCalendar()
            for text in ["2026-12-25", "2025-04-18", "2022-12-25", "2024-03-29"] {
                #expect(!calendar.isWorkingDay(try #require(ISODate(text))), "\(text)")
            }
            #expect(calendar.isWorkingDay(try #require(ISODate("2025-04-22"))))
        }
    }
}
