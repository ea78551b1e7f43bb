import Foundation

/// The amounts of money tender holds exactly: at most 15 digits before the decimal point (under a
/// thousand million million) and 2 after it (pence, cents).
///
/// `Decimal` holds 38 significant digits, so any sum or difference of amounts within the bound is
/// exact; an amount outside it (`1e61`, `12.345`) would be rounded somewhere along the way, so it
/// is refused where it is read, at its file, line and column.
public enum MoneyBound {
    public static let integerDigits = 15
    public static let fractionDigits = 2
    /// 10^15: the first whole amount that has too many digits.
    static let limit = Decimal(sign: .plus, exponent: integerDigits, significand: 1)

    /// Why `amount` is outside the bound, or nil when it lies within it.
    ///
    /// - Parameter roundedToPenny: the amount is an input to the award amount, which the scoring
    ///   model rounds to the penny (halves away from zero), so only its digits before the point
    ///   are bounded; a stated amount (the budget) must be exact to the penny.
    public static func problem(_ amount: Decimal, roundedToPenny: Bool = false) -> String? {
        if amount.isNaN { return "is not a number" }
        if abs(amount) >= limit {
            return
                "has more than \(integerDigits) digits before the decimal point, more than tender can hold exactly"
        }
        if !roundedToPenny, amount.rounded(places: fractionDigits) != amount {
            return
                "has more than \(fractionDigits) decimal places (money is held to the penny): round it"
        }
        return nil
    }

    /// `amount` in pence (hundredths), exactly, or nil when it is not a whole number of pence
    /// within the bound (as `problem` says). Sums and differences of such amounts stay far inside
    /// `Int64`. The nearest `Double` gives the answer for most amounts, confirmed exactly; the
    /// rest (beyond 2⁵³ pence, or not whole pence) are settled by `Decimal` rounding.
    static func pence(_ amount: Decimal) -> Int64? {
        var scaled = amount * 100
        guard !scaled.isNaN, abs(scaled) < limit * 100 else { return nil }
        let nearest = (scaled as NSDecimalNumber).doubleValue.rounded()
        if abs(nearest) < 0x1p53, Decimal(Int64(nearest)) == scaled { return Int64(nearest) }
        var whole = Decimal()
        NSDecimalRound(&whole, &scaled, 0, .plain)
        return whole == scaled ? Int64(whole.description) : nil
    }

    /// The sentence the README and messages use for the bound.
    public static let ruleDescription =
        "amounts of money have at most 15 digits before the decimal point and 2 after it"
}
