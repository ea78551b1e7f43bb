import Foundation

/// A quantitative criterion's value as documents show it, in its rubric `unit`: a currency code
/// (three capital letters, such as `GBP`) formats it as money (`£5.50`); any other unit is written
/// after the number (`92.5% of call-outs`, `12 hours`); without a unit it is a plain number. Numbers
/// are rounded to 2 decimals (halves away from zero), money to the penny.
public enum ValueText {
    public static func format(_ value: Decimal, unit: String?) -> String {
        guard let unit else { return NumberText.decimal(value.rounded(places: 2)) }
        if isCurrency(unit) { return MoneyText.format(value, currency: unit) }
        let number = NumberText.decimal(value.rounded(places: 2))
        return unit.hasPrefix("%") ? number + unit : number + " " + unit
    }

    /// A value computed in binary (a best or worst value, a mean) in the same unit.
    public static func format(_ value: Double, unit: String?) -> String {
        format(DisplayRounding.rounded(value, places: 2), unit: unit)
    }

    /// What a column of these values is headed, for example `Value (GBP)`.
    public static func heading(unit: String?) -> String {
        guard let unit else { return "Value" }
        return "Value (\(unit))"
    }

    static func isCurrency(_ unit: String) -> Bool {
        unit.count == 3 && unit.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) }
    }
}
