/// A score typed by a person (in a scoresheet or at the `tender score` prompt), checked against the
/// rubric's scale: a plain number from min to max.
public enum ScoreInput {
    public static func parse(_ text: String, scale: Rubric.Scale) -> Result<Double, WorkflowError> {
        let trimmed = text.trimmingWhitespace()
        guard !trimmed.isEmpty else { return .failure(WorkflowError("the score is empty")) }
        let bytes = Array(trimmed.utf8)
        let value = bytes.withUnsafeBufferPointer { DecimalLiteral.double(in: $0[...]) }
        guard let value else {
            return .failure(
                WorkflowError(
                    "'\(trimmed)' is not a number: write a score from \(NumberText.plain(scale.min)) to \(NumberText.plain(scale.max))"
                ))
        }
        guard value >= scale.min, value <= scale.max else {
            return .failure(
                WorkflowError(
                    "\(NumberText.plain(value)) is outside the scale: write a score from \(NumberText.plain(scale.min)) to \(NumberText.plain(scale.max))"
                ))
        }
        return .success(value)
    }
}
