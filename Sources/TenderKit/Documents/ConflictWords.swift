/// The words for conflict-of-interest findings' outcomes, used by `decision.json`, the documents
/// and the command line: one place, so a document could phrase them differently later.
public enum ConflictWords {
    /// `excluded`, `kept`, `pending` or `lapsed`: the word `decision.json` records.
    public static func outcome(_ outcome: ConflictFinding.Outcome) -> String {
        switch outcome {
        case .excluded: "excluded"
        case .kept: "kept"
        case .pending: "pending"
        case .lapsed: "lapsed"
        }
    }
}
