/// The one check of a panel score against the rubric's scale, used wherever a score comes in:
/// `scores.csv`, an imported scoresheet and the `tender score` prompt. A score is a number from
/// `scale.min` to `scale.max` and, when the rubric sets `scale.step`, on the steps from `min`
/// (within 1e-9, so that 0.1-steps typed as decimals are on them). One set of messages.
public enum ScoreCheck {
    public enum Problem: Error, Equatable, Sendable {
        case empty
        case notANumber(String)
        case outsideScale(Double)
        case offStep(Double)
    }

    /// The typed text as a score, or the problem with it.
    public static func parse(_ text: String, scale: Rubric.Scale) -> Result<Double, Problem> {
        let trimmed = text.trimmingWhitespace()
        guard !trimmed.isEmpty else { return .failure(.empty) }
        let bytes = Array(trimmed.utf8)
        guard let value = bytes.withUnsafeBufferPointer({ DecimalLiteral.double(in: $0[...]) })
        else { return .failure(.notANumber(trimmed)) }
        return check(value, scale: scale).map { .failure($0) } ?? .success(value)
    }

    /// The problem with a number as a score, or nil when it is on the scale (and its steps).
    public static func check(_ value: Double, scale: Rubric.Scale) -> Problem? {
        check(value, bounds: Bounds(scale))
    }

    /// The numbers of a scale the check reads, held by a reader of millions of rows instead of the
    /// whole scale (whose descriptors would be retained and released at every row).
    struct Bounds: Sendable {
        var min: Double
        var max: Double
        var step: Double?

        init(_ scale: Rubric.Scale) {
            (min, max, step) = (scale.min, scale.max, scale.step)
        }
    }

    static func check(_ value: Double, bounds: Bounds) -> Problem? {
        guard value >= bounds.min, value <= bounds.max else { return .outsideScale(value) }
        if let step = bounds.step {
            let steps = (value - bounds.min) / step
            guard abs(steps - steps.rounded()) <= 1e-9 else { return .offStep(value) }
        }
        return nil
    }

    /// The problem in words, saying what to write instead. A score is shown as `written` when
    /// given, so that 3.0000000001 is never shown rounded as "3 is outside 0 to 3".
    public static func message(_ problem: Problem, scale: Rubric.Scale, written: String? = nil)
        -> String
    {
        switch problem {
        case .empty: "the score is empty"
        case .notANumber(let text): "'\(text)' is not a number: write \(allowed(scale))"
        case .outsideScale(let value):
            "\(written ?? NumberText.plain(value)) is outside the scale: write \(allowed(scale))"
        case .offStep(let value):
            "\(written ?? NumberText.plain(value)) is not on the scale's steps of \(NumberText.plain(scale.step ?? 1)): write \(allowed(scale))"
        }
    }

    /// "a score from 0 to 5", or with steps "one of 0, 1, 2, 3, 4, 5" (a step of 1 or 0.5 on a
    /// short scale) or "a score from 0 to 10 in steps of 0.1".
    public static func allowed(_ scale: Rubric.Scale) -> String {
        let range = "from \(NumberText.plain(scale.min)) to \(NumberText.plain(scale.max))"
        guard let step = scale.step else { return "a score \(range)" }
        let count = Int(((scale.max - scale.min) / step + 1e-9).rounded(.down)) + 1
        guard count <= 11 else { return "a score \(range) in steps of \(NumberText.plain(step))" }
        let values = (0..<count).map { NumberText.plain(scale.min + Double($0) * step) }
        return "one of " + values.joined(separator: ", ")
    }

    /// What the scale allows, for prompts and sheets: `0-5`, or `0-5 in steps of 0.5`.
    public static func scaleText(_ scale: Rubric.Scale) -> String {
        let range = "\(NumberText.plain(scale.min))-\(NumberText.plain(scale.max))"
        return scale.step.map { range + " in steps of \(NumberText.plain($0))" } ?? range
    }
}
