/// The scoring scale runs upwards: `scale.min` is below `scale.max`.
///
/// Quality points are (consensus − min) / (max − min) × weight; an empty or reversed scale would
/// divide by zero or turn the best score into the worst.
public enum ScaleMinIsBelowMax: RubricCheck {
    public static func check(_ rubric: Rubric) -> [Diagnostic] {
        let scale = rubric.scale
        guard scale.min >= scale.max else { return [] }
        return [
            .error(
                at: scale.location,
                "scale.min (\(NumberText.plain(scale.min))) must be below scale.max (\(NumberText.plain(scale.max)))"
            )
        ]
    }
}
