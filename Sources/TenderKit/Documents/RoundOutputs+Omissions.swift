/// Outputs a format asks for but the round cannot give, each with the reason, for the command
/// to say so instead of leaving the user to wonder where a file went.
extension RoundOutputs {
    /// Whether the 360Giving files are written: an allocation round that awards at least one
    /// grant (the standard's package schema requires one grant or more).
    static func writesThreeSixtyGiving(_ decision: Decision, round: LoadedRound) -> Bool {
        round.rubric.award.mode == .allocation
            && decision.submissions.contains { $0.status == .awarded }
    }

    /// One sentence per file asked for and not written.
    public static func omissions(decision: Decision, round: LoadedRound, formats: Set<Format>)
        -> [String]
    {
        guard formats.contains(.threeSixtyGiving), round.rubric.award.mode == .allocation,
            !writesThreeSixtyGiving(decision, round: round)
        else { return [] }
        return [
            "no 360giving.json or 360giving.csv: nothing is awarded, and a 360Giving file must hold at least one grant"
        ]
    }
}
