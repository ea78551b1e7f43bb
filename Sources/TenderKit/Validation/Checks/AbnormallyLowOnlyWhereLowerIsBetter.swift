/// `abnormallyLow` appears only on quantitative criteria where lower is better.
///
/// An abnormally low price is one so far below the others that it may not be deliverable; the
/// test compares a value with the mean of the others, and only makes sense where a lower value
/// scores better (prices, costs per beneficiary).
public enum AbnormallyLowOnlyWhereLowerIsBetter: RubricCheck {
    public static func check(_ rubric: Rubric) -> [Diagnostic] {
        rubric.criteria.compactMap { criterion in
            guard let quantitative = criterion.quantitative, quantitative.abnormallyLowBelowMeanBy != nil,
                  quantitative.better != .lower
            else { return nil }
            return .error(
                at: quantitative.abnormallyLowLocation ?? criterion.location,
                "criterion '\(criterion.id)': abnormallyLow applies only where better is 'lower', but here better is '\(quantitative.better.rawValue)'; remove abnormallyLow, or set better to 'lower' if a lower value is better")
        }
    }
}
