import Foundation

/// How numbers are written in messages and documents, the same way everywhere.
public enum NumberText {
    /// A score or weight as people write it: `4`, `3.5`, `2.75` (up to 6 decimals, no trailing
    /// zeros, rounded by `DisplayRounding`).
    public static func plain(_ value: Double) -> String {
        DisplayRounding.trimmed(value, places: 6)
    }

    /// Rounded to `places` decimals by `DisplayRounding` (halves away from zero), always showing
    /// them: `fixed(71.4285, 2)` is `71.43`, `fixed(30.625, 2)` is `30.63`.
    public static func fixed(_ value: Double, _ places: Int) -> String {
        DisplayRounding.fixed(value, places: places)
    }

    /// An agreed score as documents show it: at most 2 decimals, no trailing zeros (`3.33`, `3.5`).
    public static func score(_ value: Double) -> String {
        DisplayRounding.trimmed(value, places: 2)
    }
}

extension NumberText {
    /// A count with its noun: `1 evaluator`, `3 evaluators`, `2 criteria` (with `plural`).
    public static func counted(_ count: Int, _ singular: String, plural: String? = nil) -> String {
        "\(count) \(count == 1 ? singular : plural ?? singular + "s")"
    }
}
