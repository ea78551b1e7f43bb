import Foundation

/// A positive finite `Double`'s 9 significant digits as C's `%.8e` gives them: the exact binary
/// value rounded to nearest, ties to even, as a whole number from 10^8 to 10^9 − 1 and the
/// exponent of its first digit (`1.23456789e+02` is (123456789, 2)).
///
/// Between 10^−12 and 10^18 (every score, weight, percentage and sum of money shown) the digits
/// are worked out exactly in 128-bit integers, a few dozen instructions; elsewhere C prints them
/// (`vsnprintf`, about 6,000 instructions through `withVaList`) and they are read back. A test
/// compares the two on random and tie values.
enum SignificantDigits {
    static func of(_ value: Double) -> (UInt64, Int)? {
        exact(value) ?? printed(value)
    }

    /// value × 10^(8 − exponent) as a quotient and remainder over a power of two or of ten, for
    /// the exponent estimated from `log10`, corrected by one either way if the quotient has too
    /// many digits or too few.
    static func exact(_ value: Double) -> (UInt64, Int)? {
        guard value.isNormal, value >= 1e-12, value < 1e18 else { return nil }
        var exponent = Int(log10(value).rounded(.down))
        for _ in 0..<3 {
            guard powersOfTen.indices.contains(abs(8 - exponent)) else { return nil }
            let (quotient, remainder, divisor) = scaled(value, byPowerOfTen: 8 - exponent)
            if quotient >= lowestOfTen {
                exponent += 1
                continue
            }
            if quotient < lowestOfNine {
                exponent -= 1
                continue
            }
            let twice = remainder << 1
            let up = twice > divisor || (twice == divisor && quotient & 1 == 1)
            let digits = UInt64(quotient) + (up ? 1 : 0)
            return digits == 1_000_000_000 ? (100_000_000, exponent + 1) : (digits, exponent)
        }
        return nil
    }

    private static let lowestOfNine: UInt128 = 100_000_000
    private static let lowestOfTen: UInt128 = 1_000_000_000

    /// value × 10^power = quotient + remainder ÷ divisor, exactly; `value` in the range `exact`
    /// takes, so that every figure fits 128 bits (10^20 × 2^53 < 2^128, 2^92 shifts at most).
    private static func scaled(_ value: Double, byPowerOfTen power: Int)
        -> (quotient: UInt128, remainder: UInt128, divisor: UInt128)
    {
        let significand = UInt128(value.significandBitPattern | 1 << 52)
        let binaryExponent = Int(value.exponent) - 52
        var numerator = significand
        var divisor: UInt128 = 1
        if power >= 0 { numerator *= powersOfTen[power] } else { divisor = powersOfTen[-power] }
        if binaryExponent >= 0 {
            numerator <<= binaryExponent
        } else {
            divisor <<= -binaryExponent
        }
        return (numerator / divisor, numerator % divisor, divisor)
    }

    /// 10^0 … 10^22, the powers `scaled` is asked for (10^−12 ≤ value < 10^18, the exponent
    /// estimate one out at most).
    private static let powersOfTen: [UInt128] = (0...22).reduce(into: []) { powers, power in
        powers.append(power == 0 ? 1 : powers[power - 1] * 10)
    }

    /// The digits as C prints them, read back.
    static func printed(_ value: Double) -> (UInt64, Int)? {
        withUnsafeTemporaryAllocation(of: CChar.self, capacity: 32) { buffer in
            let written = withVaList([value]) { vsnprintf(buffer.baseAddress, 32, "%.8e", $0) }
            guard written > 0, written < 32 else { return nil }
            return parseScientific(UnsafeBufferPointer(rebasing: buffer[..<Int(written)]))
        }
    }

    /// `d.dddddddde±x…` as (ddddddddd, ±x…); nil for anything else.
    static func parseScientific(_ text: UnsafeBufferPointer<CChar>) -> (UInt64, Int)? {
        var mantissa: UInt64 = 0
        var digits = 0
        var index = 0
        while index < text.count, text[index] != CChar(UInt8(ascii: "e")) {
            let byte = UInt8(bitPattern: text[index])
            if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
                mantissa = mantissa &* 10 &+ UInt64(byte - UInt8(ascii: "0"))
                digits += 1
            } else if byte != UInt8(ascii: ".") || digits != 1 {
                return nil
            }
            index += 1
        }
        guard digits == 9, index + 2 < text.count else { return nil }
        let negative = text[index + 1] == CChar(UInt8(ascii: "-"))
        guard negative || text[index + 1] == CChar(UInt8(ascii: "+")) else { return nil }
        var exponent = 0
        for byte in text[(index + 2)...] {
            let digit = UInt8(bitPattern: byte) &- UInt8(ascii: "0")
            guard digit <= 9, exponent < 10_000 else { return nil }
            exponent = exponent * 10 + Int(digit)
        }
        return (mantissa, negative ? -exponent : exponent)
    }
}
