import Foundation

/// Exact decimal arithmetic that reports overflow instead of trapping, for `Decimal` calculations
/// on values of any size read from files: the rule language's operators and functions, the
/// abnormally-low test, display rounding. (A few sums of values bounded where they are read, such
/// as money awarded and criterion weights, use `Decimal`'s own operators.)
///
/// Foundation's `Decimal` operators trap on overflow, and its multiplication traps on underflow,
/// so every operand is first brought into a range where neither can happen: magnitudes below
/// 10^60 are accepted (larger ones are "too large"), and non-zero magnitudes below 10^-40 are
/// rounded to 40 decimal places. Within that range a product stays below 10^120 and a quotient
/// above 10^-100, well inside what `Decimal` holds (38 digits, exponents -128...127).
enum DecimalArithmetic {
    static let ceiling = Decimal(sign: .plus, exponent: 60, significand: 1)
    static let floor = Decimal(sign: .plus, exponent: -40, significand: 1)

    /// The value brought into the safe range, or nil when it is too large.
    static func normalized(_ value: Decimal) -> Decimal? {
        guard !value.isNaN else { return nil }
        // A significand has at most 39 digits, so exponents from -40 to 21 are safely in range
        // without the (slow) comparisons below.
        if (-40...21).contains(value.exponent) { return value }
        guard value < ceiling, value > -ceiling else { return nil }
        if value != 0, value < floor, value > -floor { return rounded(value, places: 40) }
        return value
    }

    static func add(_ a: Decimal, _ b: Decimal) -> Decimal? {
        apply(a, b) { result, left, right in NSDecimalAdd(result, left, right, .plain) }
    }

    static func subtract(_ a: Decimal, _ b: Decimal) -> Decimal? {
        apply(a, b) { result, left, right in NSDecimalSubtract(result, left, right, .plain) }
    }

    static func multiply(_ a: Decimal, _ b: Decimal) -> Decimal? {
        apply(a, b) { result, left, right in NSDecimalMultiply(result, left, right, .plain) }
    }

    /// `a / b`; the caller has ruled out `b == 0`.
    static func divide(_ a: Decimal, _ b: Decimal) -> Decimal? {
        guard b != 0 else { return nil }
        return apply(a, b) { result, left, right in NSDecimalDivide(result, left, right, .plain) }
    }

    static func negate(_ a: Decimal) -> Decimal? {
        subtract(0, a)
    }

    /// Rounded to `places` decimal places (negative: to tens, hundreds…), halves away from zero.
    static func rounded(_ value: Decimal, places: Int) -> Decimal {
        guard !value.isNaN else { return value }
        var input = value
        var result = Decimal()
        NSDecimalRound(&result, &input, places, .plain)
        return result
    }

    private static func apply(
        _ a: Decimal, _ b: Decimal,
        _ operation: (UnsafeMutablePointer<Decimal>, UnsafePointer<Decimal>, UnsafePointer<Decimal>)
            -> NSDecimalNumber.CalculationError
    ) -> Decimal? {
        guard var left = normalized(a), var right = normalized(b) else { return nil }
        var result = Decimal()
        let status = operation(&result, &left, &right)
        guard status == .noError || status == .lossOfPrecision else { return nil }
        return normalized(result)
    }
}
