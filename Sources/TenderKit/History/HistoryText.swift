/// Journal entries in words, one line each, as `tender history` prints them and the audit
/// section quotes them:
///
///     2024-06-03 14:12 gfairbairn replaced csf-2024-02 / partnership: 2 → 1, comment “…”
///
/// Values taken from the journal never bring a control character to a terminal: line breaks
/// become spaces and other control characters U+FFFD.
public enum HistoryText {
    public static func line(_ entry: HistoryEntry) -> String {
        "\(entry.time.minuteText) \(printable(entry.by)) \(describe(entry))"
    }

    /// What the entry did, after who did it: "replaced csf-2024-02 / partnership: 2 → 1, …".
    public static func describe(_ entry: HistoryEntry) -> String {
        let change = entry.change
        switch change.action {
        case .roundCreated:
            return
                "created the round \(subject(change, ["round"])) (rubric \(field(change.new, "rubric")) version \(field(change.new, "version")))"
        case .fileCreated: return "created \(printable(entry.file ?? "a file"))"
        case .historyStarted:
            return
                "started the history: \(printable(entry.file ?? "a file")) as it stood (SHA-256 \(HistoryFileCheck.short(entry.sha256)))"
        case .finalEvaluation:
            return
                "evaluated the round as final (decision.json SHA-256 \(HistoryFileCheck.short(change.new?["decision"]?.string)))"
        case .scoreAdded, .scoreReplaced: return scoreText(change)
        case .decisionRecorded, .decisionReplaced, .decisionWithdrawn: return decisionText(change)
        }
    }

    private static func scoreText(_ change: HistoryChange) -> String {
        let what = subject(change, ["submission", "criterion"])
        let new = "\(field(change.new, "score")), comment “\(field(change.new, "comment"))”"
        guard let old = change.old else { return "scored \(what): \(new)" }
        let oldComment = field(old, "comment")
        let comment =
            oldComment == field(change.new, "comment")
            ? "comment unchanged" : "comment “\(oldComment)” → “\(field(change.new, "comment"))”"
        return
            "replaced \(what): \(field(old, "score")) → \(field(change.new, "score")), \(comment)"
    }

    private static func decisionText(_ change: HistoryChange) -> String {
        let kind = change.subject("kind") ?? "decision"
        let noun = kind == "conflict" ? "conflict ruling" : kind
        let names = change.subject.filter { $0.name != "kind" }.map { printable($0.value) }
        let what = "the \(noun) for \(names.joined(separator: " / "))"
        switch change.action {
        case .decisionRecorded: return "recorded \(what): \(decisionValue(change.new))"
        case .decisionWithdrawn: return "withdrew \(what) (it was: \(decisionValue(change.old)))"
        default:
            let old = decisionOutcome(change.old)
            let new = decisionOutcome(change.new)
            return
                "replaced \(what): \(old == new ? new : "\(old) → \(new)"), rationale “\(field(change.new, "rationale"))”"
        }
    }

    private static func decisionValue(_ entry: JSONValue?) -> String {
        "\(decisionOutcome(entry)), rationale “\(field(entry, "rationale"))”"
    }

    /// "score 3" for a moderation, the outcome ("accepted", "no-conflict") for the others.
    private static func decisionOutcome(_ entry: JSONValue?) -> String {
        if let score = entry?["score"]?.number {
            return "score \(score.decimal)"
        }
        return field(entry, "outcome")
    }

    private static func subject(_ change: HistoryChange, _ names: [String]) -> String {
        names.compactMap { change.subject($0) }.map(printable).joined(separator: " / ")
    }

    private static func field(_ value: JSONValue?, _ name: String) -> String {
        guard let member = value?[name] else { return "–" }
        if let number = member.number { return "\(number.decimal)" }
        return printable(member.string ?? "–")
    }

    /// `text` with line breaks as spaces and other control characters as U+FFFD.
    public static func printable(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "\n" || scalar == "\r" || scalar == "\t" {
                result.append(" ")
            } else {
                result.append(isControl(scalar) ? "\u{FFFD}" : scalar)
            }
        }
        return String(result)
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }
}
