import Foundation

/// The criteria's weights add up to exactly 100 percentage points.
///
/// Totals are read as scores out of 100 and compared with thresholds written on that basis;
/// weights adding up to anything else would silently rescale every total. The sum is exact
/// (decimal), so 33.3 + 33.3 + 33.4 is 100.
public enum WeightsSumToHundred: RubricCheck {
    public static func check(_ rubric: Rubric) -> [Diagnostic] {
        guard !rubric.criteria.isEmpty else {
            return [
                .error(
                    at: rubric.criteriaLocation,
                    "the rubric has no criteria: add at least one, with weights adding up to 100")
            ]
        }
        let sum = rubric.criteria.reduce(Decimal(0)) {
            $0 + (Decimal(string: NumberText.plain($1.weight)) ?? 0)
        }
        guard sum != 100 else { return [] }
        let parts = rubric.criteria.map { "\($0.id) \(NumberText.plain($0.weight))" }.joined(
            separator: " + ")
        return [
            .error(
                at: rubric.criteriaLocation,
                "criteria weights must add up to 100, but they add up to \(sum) (\(parts))")
        ]
    }
}
