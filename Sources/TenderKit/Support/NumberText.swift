import Foundation

/// How numbers are written in messages and documents, the same way everywhere.
public enum NumberText {
    /// A score or weight as people write it: `4`, `3.5`, `2.75` (up to 6 decimals, no trailing zeros).
    public static func plain(_ value: Double) -> String {
        guard value.isFinite else { return String(value) }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        var text = String(format: "%.6f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// Rounded to `places` decimals, always showing them: `fixed(71.4285, 2)` is `71.43`.
    public static func fixed(_ value: Double, _ places: Int) -> String {
        String(format: "%.\(places)f", value)
    }
}

extension NumberText {
    /// A count with its noun: `1 evaluator`, `3 evaluators`, `2 criteria` (with `plural`).
    public static func counted(_ count: Int, _ singular: String, plural: String? = nil) -> String {
        "\(count) \(count == 1 ? singular : plural ?? singular + "s")"
    }
}
