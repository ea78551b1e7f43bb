/// Each submission's id appears once in the round.
///
/// Scores, decisions, summaries (`summaries/<id>.html`) and open data are keyed by submission id;
/// two files with one id would merge two applicants' assessments.
public enum SubmissionIDsAreUnique: RoundCheck {
    public static func check(_ documents: RoundDocuments) -> [Diagnostic] {
        DuplicateIDs.find(
            documents.submissions.map { ($0.id, $0.location, "id") }, kind: "submission")
    }
}
