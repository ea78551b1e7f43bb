import Foundation

/// An amount of money in a currency, exact to the penny (`Decimal`, never `Double`).
public struct Money: Sendable, Hashable {
    public var amount: Decimal
    public var currency: String

    public init(amount: Decimal, currency: String) {
        self.amount = amount
        self.currency = currency
    }
}

extension Decimal {
    /// Rounded to `places` decimal places, halves away from zero (`2.345` → `2.35`, `-2.345` → `-2.35`).
    public func rounded(places: Int) -> Decimal {
        if let rounded = DecimalSignificand.rounded(self, places: places) { return rounded }
        var source = self
        var result = Decimal()
        NSDecimalRound(&result, &source, places, .plain)
        return result
    }

    /// Rounded to the penny, halves away from zero.
    public var roundedToPenny: Decimal { rounded(places: 2) }

    /// The nearest `Double`, for scores computed from a money value (points, ratios).
    public var doubleValue: Double {
        NSDecimalNumber(decimal: self).doubleValue
    }
}
