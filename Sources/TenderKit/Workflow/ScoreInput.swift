/// A score typed by a person (in a scoresheet or at the `tender score` prompt), checked by the one
/// `ScoreCheck` that `scores.csv` uses too.
public enum ScoreInput {
    public static func parse(_ text: String, scale: Rubric.Scale) -> Result<Double, WorkflowError> {
        ScoreCheck.parse(text, scale: scale).mapError {
            WorkflowError(
                ScoreCheck.message($0, scale: scale, written: text.trimmingWhitespace()))
        }
    }
}
