import Testing

@testable import TenderKit

extension ValidationTests {
    /// Lots and the award stage in round.json, the rubric and the submissions, broken one way at a
    /// time from a base round divided into two lots (`north`, `south`).
    @Suite struct LotValidationTests {
        static let lotsLine =
            #"  "lots": [{"id": "north", "title": "North"}, {"id": "south", "title": "South"}]"#

        /// The base round divided into lots, every submission bidding for `north`, then `edits`.
        static func divided(_ edits: [BrokenFixture.Edit]) -> [BrokenFixture.Edit] {
            [
                .replace(
                    file: "round.json", old: #""awardDate": "2024-06-14""#,
                    new: "\"awardDate\": \"2024-06-14\",\n" + lotsLine)
            ]
                + ["sub-alder", "sub-birch", "sub-cedar"].map {
                    .replace(
                        file: "submissions/\($0).json", old: "\"id\": \"\($0)\",",
                        new: "\"id\": \"\($0)\",\n  \"lot\": \"north\",")
                } + edits
        }

        static let cases: [BrokenFixture] = [
            BrokenFixture(
                "two lots with one id",
                divided([
                    .replace(file: "round.json", old: #""id": "south""#, new: #""id": "north""#)
                ]),
                expect: [
                    "round.json:16:54: lots[1].id: duplicate lot id 'north' (first used at line 16); give each lot its own id"
                ]),
            BrokenFixture(
                "a submission for an unknown lot",
                divided([
                    .replace(
                        file: "submissions/sub-birch.json", old: #""lot": "north""#,
                        new: #""lot": "nroth""#)
                ]),
                expect: [
                    "submissions/sub-birch.json:3:10: lot: unknown lot 'nroth' (did you mean 'north'?); the round's lots are 'north', 'south'"
                ]),
            BrokenFixture(
                "a submission without a lot in a round divided into lots",
                divided([
                    .replace(
                        file: "submissions/sub-birch.json", old: "\n  \"lot\": \"north\",", new: "")
                ]),
                expect: [
                    "submissions/sub-birch.json:2:9: the submission names no lot, but the round is divided into lots: add \"lot\" with one of 'north', 'south'"
                ]),
            BrokenFixture(
                "a submission naming a lot in a round without lots",
                in: "submissions/sub-birch.json",
                replacing: #""id": "sub-birch","#,
                with: "\"id\": \"sub-birch\",\n  \"lot\": \"north\",",
                expect: [
                    "submissions/sub-birch.json:3:10: lot: the submission names the lot 'north', but round.json lists no lots: remove \"lot\", or list the lots in round.json"
                ]),
            BrokenFixture(
                "lots with a rubric in allocation mode",
                divided([
                    .replace(
                        file: "rubric.json", old: #""mode": "single""#,
                        new: #""mode": "allocation""#)
                ]),
                expect: [
                    "round.json:16:19: lots: the round is divided into lots, but its rubric 'mini-service' awards in 'allocation' mode; lots are awarded one contract each: use a rubric whose award.mode is 'single', or remove the lots"
                ]),
            BrokenFixture(
                "an empty list of lots", in: "round.json", replacing: #""awardDate": "2024-06-14""#,
                with: "\"awardDate\": \"2024-06-14\",\n  \"lots\": []",
                expect: [
                    "round.json:16:11: lots is empty: list the lots the tender is divided into, or remove lots for a tender awarded whole"
                ]),
            BrokenFixture(
                "an unknown regime", in: "round.json", replacing: #""awardDate": "2024-06-14""#,
                with: "\"awardDate\": \"2024-06-14\",\n  \"regime\": \"procurement-act-2024\"",
                expect: [
                    "round.json:16:13: regime must be one of 'procurement-act-2023', but it is 'procurement-act-2024' (did you mean 'procurement-act-2023'?)"
                ]),
            BrokenFixture(
                "an award notice date without a regime", in: "round.json",
                replacing: #""awardDate": "2024-06-14""#,
                with: "\"awardDate\": \"2024-06-14\",\n  \"awardNoticeDate\": \"2024-06-17\"",
                expect: [
                    "round.json:16:22: awardNoticeDate starts a standstill period, which only a procurement regime has: add \"regime\": \"procurement-act-2023\" or remove awardNoticeDate"
                ]),
            BrokenFixture(
                "a non-working day that is not a date", in: "round.json",
                replacing: #""awardDate": "2024-06-14""#,
                with:
                    "\"awardDate\": \"2024-06-14\",\n  \"regime\": \"procurement-act-2023\",\n  \"nonWorkingDays\": [\"2024-06-31\", 5]",
                expect: [
                    "round.json:17:22: nonWorkingDays[0] must be a date written YYYY-MM-DD, but there is no day '2024-06-31' in the calendar",
                    "round.json:17:36: nonWorkingDays[1] must be a date written YYYY-MM-DD, but it is a number",
                ]),
            BrokenFixture(
                "non-working days without a regime", in: "round.json",
                replacing: #""awardDate": "2024-06-14""#,
                with: "\"awardDate\": \"2024-06-14\",\n  \"nonWorkingDays\": [\"2024-06-21\"]",
                expect: [
                    "round.json:16:21: nonWorkingDays count towards a standstill period, which only a procurement regime has: add \"regime\": \"procurement-act-2023\" or remove nonWorkingDays"
                ]),
            BrokenFixture(
                "a lot limit of zero", in: "rubric.json", replacing: #""mode": "single","#,
                with: #""mode": "single", "maxLotsPerBidder": 0,"#,
                expect: [
                    "rubric.json:6:43: award.maxLotsPerBidder must be a whole number of at least 1, but it is 0"
                ]),
            BrokenFixture(
                "an unknown lot order", in: "rubric.json", replacing: #""mode": "single","#,
                with: #""mode": "single", "lotOrder": "estimated_value","#,
                expect: [
                    "rubric.json:6:35: award.lotOrder must be one of 'estimated-value', 'listed', but it is 'estimated_value' (did you mean 'estimated-value'?)"
                ]),
        ]

        @Test(arguments: cases)
        func reportsTheProblem(_ fixture: BrokenFixture) throws {
            let found = try fixture.roundDiagnostics()
            #expect(found == fixture.expected, "\(found)")
        }

        @Test func theDividedBaseRoundIsValid() throws {
            let fixture = BrokenFixture("divided", Self.divided([]), expect: [])
            #expect(try fixture.roundDiagnostics() == [])
        }
    }
}
