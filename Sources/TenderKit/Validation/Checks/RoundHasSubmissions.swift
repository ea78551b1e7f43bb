/// A warning when the round's submissions folder holds no submission: the round would evaluate
/// to "no award" without anyone having applied.
public enum RoundHasSubmissions: RoundCheck {
    public static func check(_ documents: RoundDocuments) -> [Diagnostic] {
        guard documents.submissionsFolderRead, documents.submissions.isEmpty,
            documents.folder != nil
        else { return [] }
        return [
            Diagnostic(
                .warning, at: documents.fileLocation("submissions"),
                "the round has no submissions yet: put one JSON file per submission in this folder"
            )
        ]
    }
}
