import Foundation

/// Money as people read it: `£48,500.00`, `€1,250.50`, `1,250.50 CHF`; always two decimals, the
/// pence exact (formatted from the decimal's digits, never through `Double`).
public enum MoneyText {
    public static func format(_ amount: Decimal, currency: String) -> String {
        let rounded = amount.roundedToPenny
        let negative = rounded < 0
        let digits = NumberText.decimal(negative ? -rounded : rounded, minimumFractionDigits: 2)
        let text: String
        switch currency {
        case "GBP": text = "£" + digits
        case "EUR": text = "€" + digits
        case "USD": text = "$" + digits
        default: text = digits + " " + currency
        }
        return negative ? "-" + text : text
    }
}

extension NumberText {
    /// A decimal with thousands separators and at least `minimumFractionDigits` decimals:
    /// `decimal(48500)` is `48,500`, `decimal(12.5, minimumFractionDigits: 2)` is `12.50`.
    public static func decimal(_ value: Decimal, minimumFractionDigits: Int = 0) -> String {
        var plain = DecimalText.plain(value)
        let negative = plain.hasPrefix("-")
        if negative { plain.removeFirst() }
        let parts = plain.split(separator: ".", maxSplits: 1)
        let whole = String(parts.first ?? "0")
        var fraction = parts.count > 1 ? String(parts[1]) : ""
        while fraction.count < minimumFractionDigits { fraction += "0" }
        var grouped = ""
        for (index, character) in whole.enumerated() {
            if index > 0, (whole.count - index) % 3 == 0 { grouped.append(",") }
            grouped.append(character)
        }
        return (negative ? "-" : "") + grouped + (fraction.isEmpty ? "" : "." + fraction)
    }
}
