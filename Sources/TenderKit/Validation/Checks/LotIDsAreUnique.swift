/// Each lot in round.json has its own id.
///
/// Submissions name their lot by id, and decisions, documents and the OCDS release are keyed by it:
/// two lots with one id would merge two lots' competitions.
public enum LotIDsAreUnique: RoundCheck {
    public static func check(_ documents: RoundDocuments) -> [Diagnostic] {
        guard let round = documents.round else { return [] }
        return DuplicateIDs.find(
            round.lots.enumerated().map { ($1.id, $1.location, "lots[\($0)].id") }, kind: "lot")
    }
}
