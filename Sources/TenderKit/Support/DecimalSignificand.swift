import Foundation

/// A `Decimal`'s significand as a 128-bit integer, read from the value's own storage.
///
/// Foundation has no public way to read a significand past 64 bits but `description`, which
/// divides it by ten once per digit: a quotient such as a cost per beneficiary holds 38 digits,
/// and its text cost about 100,000 instructions, two seconds of processor time in a national
/// round's `decision.json`. swift-foundation stores a `Decimal` as an exponent byte, a byte of
/// length and flags, two reserved bytes and eight 16-bit words of significand, least significant
/// first.
/// That layout is checked once, against numbers built through the public API, before it is
/// relied on: where it does not hold (another Foundation), `significand` is nil and the caller
/// uses `description`.
enum DecimalSignificand {
    /// Whether this Foundation's `Decimal` has the layout read here.
    static let layoutHolds: Bool = {
        guard MemoryLayout<Decimal>.size == 20 else { return false }
        // Each significand ends in an odd digit: Foundation moves trailing zeros into the exponent.
        let samples: [(Decimal, UInt128, Int8)] = [
            (Decimal(UInt64(0x1234_5678_9ABC_DEF1)), 0x1234_5678_9ABC_DEF1, 0),
            (Decimal(sign: .minus, exponent: -3, significand: 7), 7, -3),
            (
                Decimal(sign: .plus, exponent: 5, significand: Decimal(UInt64.max)),
                UInt128(UInt64.max), 5
            ),
            (
                Decimal(UInt64.max) * Decimal(65_536) + Decimal(4_661),
                UInt128(UInt64.max) << 16 | 4_661, 0
            ),
        ]
        return samples.allSatisfy { value, significand, exponent in
            words(value) == significand && exponentByte(value) == exponent
                && value.exponent == Int(exponent)
        }
    }()

    /// The significand of `value` (its digits, whatever its exponent and sign), or nil when the
    /// layout does not hold.
    static func significand(_ value: Decimal) -> UInt128? {
        layoutHolds ? words(value) : nil
    }

    private static func words(_ value: Decimal) -> UInt128 {
        withUnsafeBytes(of: value) { bytes in
            var significand: UInt128 = 0
            for word in (0..<8).reversed() {
                let low = UInt128(bytes[4 + 2 * word])
                let high = UInt128(bytes[5 + 2 * word])
                significand = significand << 16 | high << 8 | low
            }
            return significand
        }
    }

    private static func exponentByte(_ value: Decimal) -> Int8 {
        withUnsafeBytes(of: value) { Int8(bitPattern: $0[0]) }
    }

    /// The decimal digits of `whole`, without leading zeros ("0" for zero), in pieces of 19
    /// digits: two or three divisions instead of one per digit.
    static func digits(_ whole: UInt128) -> String {
        let piece: UInt128 = 10_000_000_000_000_000_000
        var pieces: [UInt64] = []
        var rest = whole
        while rest >= piece {
            pieces.append(UInt64(rest % piece))
            rest /= piece
        }
        var text = String(UInt64(rest))
        for part in pieces.reversed() {
            let digits = String(part)
            text += String(repeating: "0", count: 19 - digits.count) + digits
        }
        return text
    }

    /// `value` rounded to `places` decimals, halves away from zero, as `NSDecimalRound` gives it
    /// (trailing zeros of the significand dropped), worked out on the 128-bit significand: a
    /// quotient's 38 digits cost Foundation one division by ten per digit dropped, over 10,000
    /// instructions for each value a national round's documents show. nil where this does not
    /// apply (the layout does not hold, a NaN, nothing to drop, a result of zero or beyond 64
    /// bits) and Foundation rounds instead.
    static func rounded(_ value: Decimal, places: Int) -> Decimal? {
        guard !value.isNaN, let whole = significand(value) else { return nil }
        let dropped = -places - Int(value.exponent)
        guard dropped > 0, dropped <= 38 else { return nil }
        var divisor: UInt128 = 1
        for _ in 0..<dropped { divisor *= 10 }
        var kept = whole / divisor
        if (whole % divisor) >= divisor - whole % divisor { kept += 1 }
        guard kept > 0, kept <= UInt128(UInt64.max) else { return nil }
        var exponent = -places
        while kept % 10 == 0 {
            kept /= 10
            exponent += 1
        }
        return Decimal(sign: value.sign, exponent: exponent, significand: Decimal(UInt64(kept)))
    }
}
