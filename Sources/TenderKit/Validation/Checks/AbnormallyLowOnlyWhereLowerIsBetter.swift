/// `abnormallyLow` appears only on quantitative criteria where lower is better.
///
/// An abnormally low price is one so far below the others that it may not be deliverable; the
/// test compares a value with the mean of the others, and only makes sense where a lower value
/// scores better (prices, costs per beneficiary).
public enum AbnormallyLowOnlyWhereLowerIsBetter: RubricCheck {
    public static func check(_ rubric: Rubric) -> [Diagnostic] {
        rubric.criteria.enumerated().compactMap { index, criterion in
            guard let quantitative = criterion.quantitative,
                quantitative.abnormallyLowBelowMeanBy != nil,
                quantitative.better != .lower
            else { return nil }
            return .error(
                at: quantitative.abnormallyLowLocation ?? criterion.location,
                "criteria[\(index)].abnormallyLow: the abnormally low test applies only where better is 'lower', but criterion '\(criterion.id)' has better '\(quantitative.better.rawValue)'; remove abnormallyLow, or set better to 'lower' if a lower value is better"
            )
        }
    }
}
