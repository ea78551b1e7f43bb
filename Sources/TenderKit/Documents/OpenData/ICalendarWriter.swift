/// Writes an audit schedule as iCalendar (RFC 5545) for staff to import into their calendars:
/// CRLF line endings, lines folded at 75 octets (never inside a UTF-8 character), TEXT values
/// escaped, one all-day event per review with a UID that is the same on every run, and a DTSTAMP
/// taken from the round's award date rather than the clock.
public struct ICalendarWriter {
    let schedule: AuditSchedule
    let round: LoadedRound

    public init(schedule: AuditSchedule, round: LoadedRound) {
        self.schedule = schedule
        self.round = round
    }

    public func write() -> String {
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0",
            "PRODID:-//tender//Audit schedule \(EngineVersion.current)//EN",
            "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
            "X-WR-CALNAME:" + ICalendarWriter.escaped("Audit reviews: \(round.round.title)"),
        ]
        let lots = LotNames(round: round.round, submissions: round.submissions)
        for review in schedule.reviews {
            lines += event(review, lot: lots.phrase(review.submission))
        }
        lines.append("END:VCALENDAR")
        return lines.map(ICalendarWriter.folded).joined(separator: "\r\n") + "\r\n"
    }

    private func event(_ review: AuditSchedule.Review, lot: String) -> [String] {
        let currency = round.round.budget.currency
        let summary = "Audit review \(review.number) of \(review.of): \(review.organisation)\(lot)"
        let description = """
            Stage 5 (Audit) review of the award to \(review.organisation) (submission \(review.submission)\(lot)) in \(round.round.title): \
            \(MoneyText.format(review.amount, currency: currency)) awarded on \(round.round.awardDate). \
            Check delivery against the outcomes and performance measures agreed at award, and record the findings.
            """
        let next = ISODate.dayAfter(review.date)
        return [
            "BEGIN:VEVENT",
            "UID:\(round.round.id)-\(review.submission)-review-\(review.number)@tender",
            "DTSTAMP:\(round.round.awardDate.basicFormat)T000000Z",
            "DTSTART;VALUE=DATE:\(review.date.basicFormat)",
            "DTEND;VALUE=DATE:\(next.basicFormat)",
            "SUMMARY:" + ICalendarWriter.escaped(summary),
            "DESCRIPTION:" + ICalendarWriter.escaped(description),
            "CATEGORIES:" + ICalendarWriter.escaped("Audit"),
            "TRANSP:TRANSPARENT",
            "END:VEVENT",
        ]
    }

    /// RFC 5545 §3.3.11: backslash, semicolon and comma escaped; line breaks as `\n`.
    static func escaped(_ text: String) -> String {
        var output = ""
        for character in text {
            switch character {
            case "\\": output += "\\\\"
            case ";": output += "\\;"
            case ",": output += "\\,"
            case "\n", "\r\n", "\r": output += "\\n"
            default:
                if character.unicodeScalars.contains(where: ControlCharacters.isControl) {
                    output += ControlCharacters.visible(String(character), keepingLines: false)
                } else {
                    output.append(character)
                }
            }
        }
        return output
    }

    /// RFC 5545 §3.1: lines longer than 75 octets continue on the next line after a space.
    static func folded(_ line: String) -> String {
        var output: [String] = []
        var current = ""
        var octets = 0
        for character in line {
            let size = String(character).utf8.count
            let limit = output.isEmpty ? 75 : 74
            if octets + size > limit {
                output.append(current)
                current = ""
                octets = 0
            }
            current.append(character)
            octets += size
        }
        output.append(current)
        return output.joined(separator: "\r\n ")
    }
}

extension ISODate {
    /// The following calendar day.
    static func dayAfter(_ date: ISODate) -> ISODate {
        if let next = ISODate(year: date.year, month: date.month, day: date.day + 1) { return next }
        return date.adding(months: 1).flatMap { ISODate(year: $0.year, month: $0.month, day: 1) }
            ?? date
    }
}
