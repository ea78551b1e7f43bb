/// A criterion's `minimum` is a score on the scale.
///
/// A minimum below the scale excludes nobody and one above it excludes everybody; either is a
/// mistake that would only show after the panel had scored. Skipped when the scale itself is
/// broken (`ScaleMinIsBelowMax`).
public enum CriterionMinimumLiesOnScale: RubricCheck {
    public static func check(_ rubric: Rubric) -> [Diagnostic] {
        let scale = rubric.scale
        guard scale.min < scale.max else { return [] }
        return rubric.criteria.enumerated().compactMap { index, criterion in
            guard let minimum = criterion.minimum, minimum < scale.min || minimum > scale.max else {
                return nil
            }
            return .error(
                at: criterion.location,
                "criteria[\(index)].minimum: criterion '\(criterion.id)' has minimum \(NumberText.plain(minimum)), outside the scale \(NumberText.plain(scale.min)) to \(NumberText.plain(scale.max)): give a minimum on the scale, or none"
            )
        }
    }
}
