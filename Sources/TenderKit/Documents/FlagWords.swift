import Foundation

/// The words for a submission's flags, used by `decision.json`, the documents and the command
/// line: one place, so a document could phrase them differently later.
public enum FlagWords {
    /// `abnormally-low` or `tie`: the word `decision.json` records as the flag's kind.
    public static func kind(_ kind: SubmissionResult.Flag.Kind) -> String {
        switch kind {
        case .abnormallyLow: "abnormally-low"
        case .tie: "tie"
        }
    }

    /// The flag's detail, as `decision.json` records it.
    public static func detail(_ flag: SubmissionResult.Flag) -> String {
        switch flag {
        case .abnormallyLow(let value, .awaited):
            return abnormalValue(value) + " (awaiting clarification)"
        case .abnormallyLow(let value, .accepted(let rationale)):
            return abnormalValue(value) + " (clarification accepted: \(rationale))"
        case .abnormallyLow(let value, .rejected):
            return abnormalValue(value) + " (clarification rejected)"
        case .tie(let rank, let named, let unnamed, let total):
            let others =
                named.joined(separator: ", ")
                + (unnamed > 0 ? " and \(NumberText.counted(unnamed, "other submission"))" : "")
            return
                "shares rank \(rank) with \(others) on \(NumberText.fixed(total, 2)) points; the tie-breaks did not separate them"
        }
    }

    /// "Price £12,000 is more than 30% below the mean of the other 4 submissions (…; threshold …)".
    public static func abnormalValue(_ value: AbnormalValue) -> String {
        let unit = value.unit
        let percent = NumberText.decimal(value.fraction * 100) + "%"
        return
            "\(value.title) \(ValueText.format(value.value, unit: unit)) is more than \(percent) below the mean of the other \(value.others) submissions (\(ValueText.format(value.othersMean, unit: unit)); threshold \(ValueText.format(value.threshold, unit: unit)))"
    }
}
