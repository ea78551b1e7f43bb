/// Each gate's id appears once in the rubric.
///
/// The decision record reports gate results by id; a repeated id would make two different
/// eligibility rules indistinguishable to the applicant and the auditor.
public enum GateIDsAreUnique: RubricCheck {
    public static func check(_ rubric: Rubric) -> [Diagnostic] {
        DuplicateIDs.find(
            rubric.gates.enumerated().map { ($1.id, $1.location, "gates[\($0)].id") }, kind: "gate")
    }
}
