import Foundation

/// Money as people read it: `£48,500.00`, `€1,250.50`, `1,250.50 CHF`; always two decimals, the
/// pence exact (formatted from the decimal's digits, never through `Double`).
public enum MoneyText {
    public static func format(_ amount: Decimal, currency: String) -> String {
        // An amount of whole pence or less precision is its own rounding (and Foundation's
        // rounding costs thousands of instructions, many times in each applicant's summary).
        let rounded = !amount.isNaN && amount.exponent >= -2 ? amount : amount.roundedToPenny
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
        let plain = Array(DecimalText.plain(value).utf8)
        let negative = plain.first == UInt8(ascii: "-")
        let start = negative ? 1 : 0
        let dot = plain[start...].firstIndex(of: UInt8(ascii: ".")) ?? plain.count
        let whole = plain[start..<dot]
        var text: [UInt8] = negative ? [UInt8(ascii: "-")] : []
        text.reserveCapacity(plain.count + whole.count / 3 + minimumFractionDigits + 1)
        if whole.isEmpty { text.append(UInt8(ascii: "0")) }
        for (index, digit) in whole.enumerated() {
            if index > 0, (whole.count - index) % 3 == 0 { text.append(UInt8(ascii: ",")) }
            text.append(digit)
        }
        let fraction = dot < plain.count ? plain[(dot + 1)...] : []
        if !fraction.isEmpty || minimumFractionDigits > 0 {
            text.append(UInt8(ascii: "."))
            text += fraction
            text += repeatElement(
                UInt8(ascii: "0"), count: max(0, minimumFractionDigits - fraction.count))
        }
        return String(decoding: text, as: UTF8.self)
    }
}
