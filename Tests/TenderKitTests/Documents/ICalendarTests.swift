import Foundation
import Testing

@testable import TenderKit

/// The audit schedule is well-formed iCalendar (RFC 5545).
@Suite struct ICalendarTests {
    @Test(arguments: SampleOutputs.names)
    func scheduleIsWellFormed(sample: String) throws {
        let outputs = try SampleOutputs(sample)
        let bytes = try #require(outputs.files["audit-schedule.ics"])
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.hasSuffix("\r\n"))
        let lines = text.components(separatedBy: "\r\n").dropLast()
        #expect(!lines.contains { $0.contains("\n") || $0.contains("\r") }, "bare line breaks")
        for line in lines { #expect(line.utf8.count <= 75, "line over 75 octets: \(line)") }
        let unfolded = unfold(Array(lines))
        #expect(unfolded.first == "BEGIN:VCALENDAR")
        #expect(unfolded.last == "END:VCALENDAR")
        #expect(unfolded.contains("VERSION:2.0"))
        #expect(unfolded.contains { $0.hasPrefix("PRODID:") })
        let begins = unfolded.filter { $0 == "BEGIN:VEVENT" }.count
        #expect(begins == unfolded.filter { $0 == "END:VEVENT" }.count)
        let uids = unfolded.filter { $0.hasPrefix("UID:") }
        #expect(uids.count == begins)
        #expect(Set(uids).count == uids.count, "UIDs must be unique")
        let stamp = "DTSTAMP:\(outputs.round.round.awardDate.basicFormat)T000000Z"
        #expect(unfolded.filter { $0.hasPrefix("DTSTAMP:") }.allSatisfy { $0 == stamp })
        for property in unfolded
        where property.hasPrefix("SUMMARY:") || property.hasPrefix("DESCRIPTION:") {
            #expect(
                !hasUnescaped(",", in: property) && !hasUnescaped(";", in: property),
                "unescaped TEXT: \(property)")
        }
    }

    @Test func reviewsFollowTheRubricAndTheAwardDate() throws {
        // VCAS: awarded 2024-07-26, reviews every 3 months over 36 months: 12 reviews, the first on 2024-10-26.
        let outputs = try SampleOutputs("victim-care-and-advice-2024")
        let schedule = AuditSchedule(decision: outputs.decision, round: outputs.round)
        #expect(outputs.round.rubric.audit?.reviewEveryMonths == 3)
        #expect(schedule.reviews.count == 12)
        #expect(schedule.reviews.first?.date.description == "2024-10-26")
        #expect(schedule.reviews.last?.date.description == "2027-07-26")
        #expect(schedule.problems.isEmpty)
    }

    /// The VCAS sample (one award, on 2024-07-26) with its audit replaced.
    private func schedule(duration: String, every: Int) throws -> AuditSchedule {
        let outputs = try SampleOutputs("victim-care-and-advice-2024")
        var round = outputs.round
        let program = try RuleProgram.compile(duration, expecting: .any)
        round.rubric.audit = Rubric.Audit(
            reviewEveryMonths: every,
            durationMonths: RubricRule(
                text: duration, location: SourceLocation(file: "rubric.json", line: 1, column: 1),
                program: program))
        return AuditSchedule(decision: outputs.decision, round: round)
    }

    @Test func aDurationBeyondTheCalendarIsAProblemNotAFlood() throws {
        // A duration from an applicant's file can be any number: 10^15 months would be 8 × 10^13
        // reviews (and 10^19 does not fit an Int). Reviews cannot fall after 9999-12-31.
        for duration in [
            "1000000000000000", "10000000000000000000",
            "100000000000000000000000000000000000000000",
        ] {
            let schedule = try schedule(duration: duration, every: 12)
            #expect(schedule.reviews.count == 0, "\(duration)")
            #expect(schedule.problems.map(\.submission) == ["vcas-2024-01"])
            #expect(
                schedule.problems.first?.reason.contains("9999") == true, "\(schedule.problems)")
        }
    }

    @Test func aReviewPeriodBeyondTheCalendarSchedulesNothing() throws {
        // reviewEveryMonths comes from the rubric: a huge one must not overflow the month
        // arithmetic, even when the duration (2 × Int.max months) holds two such periods.
        for duration in ["36", "18446744073709551614"] {
            let schedule = try schedule(duration: duration, every: Int.max)
            #expect(schedule.reviews.isEmpty)
            #expect(schedule.problems.count == 1)
        }
        #expect(
            try self.schedule(duration: "36.9", every: 12).reviews.map(\.date.description) == [
                "2025-07-26", "2026-07-26", "2027-07-26",
            ])
    }

    @Test func foldsAtSeventyFiveOctetsWithoutSplittingCharacters() {
        // 12 + 160 octets: 31 é (74 octets) on the first line, 37 é after each space, then the last 12.
        let line = "DESCRIPTION:" + String(repeating: "é", count: 80)
        let folded = ICalendarWriter.folded(line).components(separatedBy: "\r\n")
        #expect(folded.count == 3)
        #expect(folded.allSatisfy { $0.utf8.count <= 75 })
        #expect(folded.dropFirst().allSatisfy { $0.hasPrefix(" ") })
        #expect(unfold(folded) == [line])
    }

    @Test func escapesText() {
        #expect(ICalendarWriter.escaped("a, b; c\\d\ne") == "a\\, b\\; c\\\\d\\ne")
    }

    private func unfold(_ lines: [String]) -> [String] {
        var result: [String] = []
        for line in lines {
            if line.hasPrefix(" "), !result.isEmpty {
                result[result.count - 1] += line.dropFirst()
            } else {
                result.append(line)
            }
        }
        return result
    }

    private func hasUnescaped(_ character: Character, in text: String) -> Bool {
        var previous: Character?
        for current in text.drop(while: { $0 != ":" }).dropFirst() {
            if current == character, previous != "\\" { return true }
            previous = current == "\\" && previous == "\\" ? nil : current
        }
        return false
    }
}
