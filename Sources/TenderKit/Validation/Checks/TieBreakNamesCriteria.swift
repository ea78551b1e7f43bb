/// Every tie-break that names a criterion names one of the rubric's criteria.
///
/// A tie-break is applied only when totals tie, perhaps years after the rubric was written; a
/// misspelt id must fail when the rubric is checked, not silently break nothing on the day.
public enum TieBreakNamesCriteria: RubricCheck {
    public static func check(_ rubric: Rubric) -> [Diagnostic] {
        let ids = rubric.criteria.map(\.id)
        return rubric.tieBreak.enumerated().compactMap { index, entry in
            guard case .criterion(let id, let location) = entry, !ids.contains(id) else {
                return nil
            }
            return .error(
                at: location,
                "tieBreak[\(index)] names '\(id)', which is not a criterion\(EditDistance.didYouMean(id, among: ids)); write a criterion id, 'lower: EXPRESSION' or 'higher: EXPRESSION'"
            )
        }
    }
}
