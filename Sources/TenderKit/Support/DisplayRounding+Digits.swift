import Foundation

/// `DisplayRounding`'s rule worked out on whole numbers, for the figures of a national round's
/// hundreds of thousands of documents: the 9 significant digits C's `%.8e` prints
/// (`SignificantDigits`), rounded to the
/// places shown with halves away from zero, then written out. Gives the same text as the rule
/// worked out with `Decimal` (a test compares them on random values), and nil for a figure too
/// large to hold this way, which the `Decimal` path then shows.
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

    /// The figure with `minimumFractionDigits` decimals at least (trailing zeros beyond them
    /// dropped), and no minus sign on a zero.
    func text(minimumFractionDigits: Int) -> String {
        // The digits, least significant first, with at least one before the point.
        var digits: [UInt8] = []
        digits.reserveCapacity(24)
        var rest = scaled
        repeat {
            digits.append(UInt8(rest % 10) + UInt8(ascii: "0"))
            rest /= 10
        } while rest > 0
        while digits.count <= places { digits.append(UInt8(ascii: "0")) }
        var dropped = 0
        while dropped < places - minimumFractionDigits, digits[dropped] == UInt8(ascii: "0") {
            dropped += 1
        }
        var text: [UInt8] = negative && scaled != 0 ? [UInt8(ascii: "-")] : []
        text.reserveCapacity(digits.count + 2)
        text += digits[places...].reversed()
        if dropped < places {
            text.append(UInt8(ascii: "."))
            text += digits[dropped..<places].reversed()
        }
        return String(decoding: text, as: UTF8.self)
    }

    static let powers: [UInt64] = (0...19).map { power in
        (0..<power).reduce(UInt64(1)) { product, _ in product * 10 }
    }
}
