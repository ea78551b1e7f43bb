import Foundation

/// The exact `tender decide` (or `tender score`) command that settles a blocking item, as `status`
/// and `conflicts` print them: the chair copies it and fills in the rationale.
public enum SettleCommands {
    public static func conflict(folder: String, evaluator: String, submission: String) -> String {
        "tender decide \(quoted(folder)) conflict --evaluator \(evaluator) --submission \(submission) --conflict|--no-conflict --rationale \"…\""
    }

    /// How many evaluators an `insufficient-evaluators` command names: a national panel has a
    /// thousand who could score a submission, and one line each helps nobody.
    public static let scorersNamed = 3

    /// - Parameter missingScorers: evaluators who could still score the item's submission, in panel
    ///   order: the first `scorersNamed` are named, and any beyond them become "another evaluator".
    public static func command(for item: BlockingItem, folder: String, missingScorers: [String])
        -> String
    {
        let round = quoted(folder)
        switch item.kind {
        case .moderationRequired:
            return
                "tender decide \(round) moderation --submission \(item.submission) --criterion \(item.criterion ?? "CRITERION") --score SCORE --rationale \"…\""
        case .abnormallyLow:
            return
                "tender decide \(round) clarification --submission \(item.submission) --criterion \(item.criterion ?? "CRITERION") --accepted|--rejected --rationale \"…\""
        case .possibleConflict:
            return conflict(
                folder: folder, evaluator: item.evaluator ?? "EVALUATOR",
                submission: item.submission)
        case .insufficientEvaluators:
            guard !missingScorers.isEmpty else {
                return
                    "add an evaluator to panel.json, who then scores: tender score \(round) --evaluator ID --submission \(item.submission)"
            }
            let named = missingScorers.prefix(scorersNamed).map {
                "tender score \(round) --evaluator \($0) --submission \(item.submission)"
            }
            let others =
                missingScorers.count > scorersNamed
                ? ["another evaluator who has not scored it"] : []
            return (named + others).joined(separator: "  or  ")
        case .incompleteRound:
            let parts = (item.field ?? "round.json").split(separator: " ", maxSplits: 1)
            let file = FilePath.join(folder, String(parts[0]))
            let field = parts.count > 1 ? String(parts[1]) + " in " : ""
            return "edit \(field)\(quoted(file)), then check with: tender validate \(round)"
        case .tie:
            return
                "add a tie-break to the rubric, or record the panel's choice by moderating a score: tender decide \(round) moderation --submission \(item.submission) --criterion CRITERION --score SCORE --override --rationale \"…\""
        }
    }

    /// A shell word: quoted when it holds anything but safe characters.
    public static func quoted(_ word: String) -> String {
        let safe = word.allSatisfy { $0.isLetter || $0.isNumber || "/._-".contains($0) }
        return safe && !word.isEmpty
            ? word : "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
