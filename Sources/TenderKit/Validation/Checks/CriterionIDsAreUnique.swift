/// Each criterion's id appears once in the rubric.
///
/// Scores, moderation entries and tie-breaks name criteria by id; two criteria with one id would
/// make every such reference ambiguous.
public enum CriterionIDsAreUnique: RubricCheck {
    public static func check(_ rubric: Rubric) -> [Diagnostic] {
        DuplicateIDs.find(
            rubric.criteria.enumerated().map { ($1.id, $1.location, "criteria[\($0)].id") },
            kind: "criterion")
    }
}
