import Foundation

/// A `Decimal` as `description` writes it (`6379`, `-123.45`, `0.001`, `3312000`), built from its
/// significand (`DecimalSignificand`, any of up to 38 digits; or the public `significand` when
/// that layout is not this Foundation's and it fits in 64 bits) and `exponent`; `description`
/// itself otherwise, and for NaN.
///
/// Foundation's `description` divides the 128-bit significand by ten once per digit: about
/// 57,000 instructions for a number of 19 digits and 100,000 for a quotient of 38. This gives the
/// same text (a test compares the two on 40,000 numbers of every shape) for a small fraction.
enum DecimalText {
    private static let largestFitting = Decimal(UInt64.max)

    static func plain(_ value: Decimal) -> String {
        guard !value.isNaN, let significand = significandDigits(value) else {
            return value.description
        }
        guard significand != "0" else { return "0" }
        var digits = significand
        let exponent = value.exponent
        if exponent >= 0 {
            digits += String(repeating: "0", count: exponent)
        } else if digits.count > -exponent {
            digits.insert(".", at: digits.index(digits.endIndex, offsetBy: exponent))
        } else {
            digits = "0." + String(repeating: "0", count: -exponent - digits.count) + digits
        }
        return (value.sign == .minus ? "-" : "") + digits
    }

    /// The significand's digits: read from the value's storage (`DecimalSignificand`), or
    /// through `NSDecimalNumber` when it fits in 64 bits; nil when neither can.
    private static func significandDigits(_ value: Decimal) -> String? {
        if let whole = DecimalSignificand.significand(value) {
            return DecimalSignificand.digits(whole)
        }
        let significand = value.significand
        guard significand <= largestFitting else { return nil }
        return String(NSDecimalNumber(decimal: significand).uint64Value)
    }
}
