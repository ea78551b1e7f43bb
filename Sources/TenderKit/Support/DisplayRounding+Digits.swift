import Foundation

/// `DisplayRounding`'s rule worked out on whole numbers, for the figures of a national round's
/// hundreds of thousands of documents: the 9 significant digits C's `%.8e` prints
/// (`SignificantDigits`), rounded to the places shown with halves away from zero, then written
/// out. Gives the same text as the rule worked out with `Decimal` (a test compares them on random
/// values), and nil for a figure too large to hold this way, which the `Decimal` path then shows.
struct DisplayDigits {
    /// The figure times 10^places, rounded; its sign apart.
    var scaled: UInt64
    var negative: Bool
    var places: Int

    init?(_ value: Double, places: Int) {
        guard value.isFinite, (0...9).contains(places) else { return nil }
        negative = value < 0
        self.places = places
        // A whole number below 10^9 (most scores, and zero) is its own 9 significant digits.
        if value.magnitude < 1e9, value == value.rounded(.towardZero) {
            scaled = UInt64(value.magnitude) * DisplayDigits.powers[places]
            return
        }
        guard let (mantissa, exponent) = SignificantDigits.of(abs(value)) else {
            return nil
        }
        // value = mantissa × 10^(exponent − 8); scaled = value × 10^places.
        let shift = exponent - 8 + places
        if shift >= 0 {
            guard shift <= 9 else { return nil }
            scaled = mantissa * DisplayDigits.powers[shift]
        } else if -shift > 18 {
            scaled = 0
        } else {
            let divisor = DisplayDigits.powers[-shift]
            scaled = mantissa / divisor + (mantissa % divisor * 2 >= divisor ? 1 : 0)
        }
    }

    /// The figure as a `Decimal`: the value `DisplayRounding.rounded` gives.
    var decimal: Decimal {
        guard scaled != 0 else { return 0 }
        return Decimal(
            sign: negative ? .minus : .plus, exponent: -places, significand: Decimal(scaled))
    }

    /// The figure with `minimumFractionDigits` decimals at least (trailing zeros beyond them
    /// dropped), and no minus sign on a zero. Written right to left into a buffer on the stack:
    /// a national round's documents show millions of figures.
    func text(minimumFractionDigits: Int) -> String {
        var rest = scaled
        var dropped = 0  // trailing zeros left out of the decimals
        while dropped < places - minimumFractionDigits, rest % 10 == 0 {
            rest /= 10
            dropped += 1
        }
        let decimals = places - dropped
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { buffer in
            var start = buffer.count
            func put(_ byte: UInt8) {
                start -= 1
                buffer[start] = byte
            }
            for _ in 0..<decimals {
                put(UInt8(rest % 10) + UInt8(ascii: "0"))
                rest /= 10
            }
            if decimals > 0 { put(UInt8(ascii: ".")) }
            repeat {
                put(UInt8(rest % 10) + UInt8(ascii: "0"))
                rest /= 10
            } while rest > 0
            if negative, scaled != 0 { put(UInt8(ascii: "-")) }
            return String(
                decoding: UnsafeMutableBufferPointer(rebasing: buffer[start...]), as: UTF8.self)
        }
    }

    static let powers: [UInt64] = (0...19).map { power in
        (0..<power).reduce(UInt64(1)) { product, _ in product * 10 }
    }
}
