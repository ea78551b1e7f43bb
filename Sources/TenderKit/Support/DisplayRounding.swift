import Foundation

/// The one rounding rule for every figure a document or the command line shows: the value is
/// first taken to 9 significant digits (as a person computing it by hand would have it, so that
/// binary noise such as 30.624999999999996 for 30.625 never decides a half), then rounded to the
/// places shown with halves away from zero (30.625 → 30.63, −0.125 → −0.13).
///
/// The calculation itself always uses the unrounded value; only what is shown is rounded.
public enum DisplayRounding {
    /// Significant digits kept before rounding to the places shown.
    public static let significantDigits = 9

    /// `value` as a decimal of at most 9 significant digits, rounded to `places` decimals.
    public static func rounded(_ value: Double, places: Int) -> Decimal {
        guard value.isFinite, value != 0 else { return 0 }
        if let digits = DisplayDigits(value, places: places) { return digits.decimal }
        return roundedByDecimal(value, places: places)
    }

    /// `rounded` worked out with `Decimal` alone (the tests compare the two ways).
    static func roundedByDecimal(_ value: Double, places: Int) -> Decimal {
        guard value.isFinite, value != 0 else { return 0 }
        let text = String(format: "%.\(significantDigits - 1)e", value)
        guard let exact = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) else {
            return 0
        }
        return DecimalArithmetic.rounded(exact, places: places)
    }

    /// Exactly `places` decimals: `fixed(30.625, 2)` is `30.63`.
    public static func fixed(_ value: Double, places: Int) -> String {
        guard value.isFinite else { return String(value) }
        if let digits = DisplayDigits(value, places: places) {
            return digits.text(minimumFractionDigits: places)
        }
        return text(rounded(value, places: places), minimumFractionDigits: places)
    }

    /// At most `places` decimals, without trailing zeros: `trimmed(3.3333333, places: 2)` is `3.33`,
    /// `trimmed(3.5, places: 2)` is `3.5`.
    public static func trimmed(_ value: Double, places: Int) -> String {
        guard value.isFinite else { return String(value) }
        if let digits = DisplayDigits(value, places: places) {
            return digits.text(minimumFractionDigits: 0)
        }
        return text(rounded(value, places: places), minimumFractionDigits: 0)
    }

    /// `fixed` or `trimmed` worked out with `Decimal` alone (the tests compare the two).
    static func decimalText(_ value: Double, places: Int, minimumFractionDigits: Int) -> String {
        text(roundedByDecimal(value, places: places), minimumFractionDigits: minimumFractionDigits)
    }

    private static func text(_ value: Decimal, minimumFractionDigits: Int) -> String {
        var plain = value.description
        let negative = plain.hasPrefix("-")
        if negative { plain.removeFirst() }
        let parts = plain.split(separator: ".", maxSplits: 1)
        var fraction = parts.count > 1 ? String(parts[1]) : ""
        while fraction.count < minimumFractionDigits { fraction += "0" }
        let whole = String(parts.first ?? "0")
        let isZero = whole.allSatisfy { $0 == "0" } && fraction.allSatisfy { $0 == "0" }
        return (negative && !isZero ? "-" : "") + whole + (fraction.isEmpty ? "" : "." + fraction)
    }
}
