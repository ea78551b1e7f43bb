/// The words for the standstill period and its dates, shared by the award rationale, the
/// assessment summaries and the command line.
public enum StandstillWords {
    static let weekdays = [
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    ]
    static let months = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    ]

    /// "Thursday 17 April 2025".
    public static func longDate(_ date: ISODate) -> String {
        "\(weekdays[date.weekday - 1]) \(date.day) \(months[date.month - 1]) \(date.year)"
    }

    /// What a working day is, as the Act defines it (and the round's own non-working days).
    public static func workingDayDefinition(extraDays: Int) -> String {
        "a working day is any day other than a Saturday, a Sunday, Christmas Day, Good Friday or a bank holiday in any part of the United Kingdom"
            + (extraDays > 0
                ? ", or one of the \(NumberText.counted(extraDays, "further non-working day")) this round lists"
                : "")
    }

    /// The standstill in sentences.
    public static func sentences(_ standstill: Standstill, extraDays: Int) -> String {
        let first =
            standstill.begins == standstill.noticeDate
            ? "that day is the first"
            : "it is not a working day, so the first is \(longDate(standstill.begins))"
        return
            "The contract award notice is published on \(longDate(standstill.noticeDate)). The standstill period is eight working days beginning with the day the notice is published (Procurement Act 2023, section 51), where \(workingDayDefinition(extraDays: extraDays)); \(first). The standstill period ends on \(longDate(standstill.ends)), and the contract will not be entered into before \(longDate(standstill.earliestContractDate))."
    }

    /// Why a round under the Act states no standstill yet.
    public static func pending(_ round: Round, status: Decision.Status) -> String? {
        guard round.awardStage.regime == .procurementAct2023 else { return nil }
        if status == .provisional {
            return
                "This round is let under the Procurement Act 2023. The decision is provisional: the standstill period of eight working days starts only when the contract award notice is published after the decision is final."
        }
        guard round.awardStage.awardNoticeDate == nil else { return nil }
        return
            "This round is let under the Procurement Act 2023, but round.json sets no awardNoticeDate: the standstill period of eight working days starts when the contract award notice is published; set the date to state it."
    }
}
