import Foundation
import Testing

@testable import TenderKit

/// `DecimalText.plain` writes exactly what `Decimal.description` writes.
@Suite struct DecimalTextTests {
    @Test(arguments: [
        (Decimal(6379), "6379"),
        (Decimal(string: "-123.45") ?? .nan, "-123.45"),
        (Decimal(string: "3312000") ?? .nan, "3312000"),
        (Decimal(string: "0.001") ?? .nan, "0.001"),
        (Decimal(string: "1E-20") ?? .nan, "0.00000000000000000001"),
        (Decimal(string: "28.45714285714286") ?? .nan, "28.45714285714286"),
        (Decimal(string: "18446744073709551615") ?? .nan, "18446744073709551615"),
        // Past 64 bits: Foundation's own text.
        (Decimal(string: "18446744073709551616") ?? .nan, "18446744073709551616"),
        (Decimal(sign: .plus, exponent: -2, significand: 150), "1.50"),
        (Decimal(sign: .minus, exponent: 3, significand: 0), "0"),
        (Decimal(0), "0"),
        (Decimal.nan, "NaN"),
    ])
    func handWorked(_ value: Decimal, _ text: String) {
        #expect(DecimalText.plain(value) == text)
        #expect(value.description == text)
    }

    /// Significands of every length up to 20 digits with exponents from -30 to 30 and either
    /// sign, quotients and products of whole numbers, and doubles read as text, against
    /// `description`.
    @Test(arguments: [2_001, 2_002])
    func randomDecimals(seed: UInt64) {
        var random = SeededGenerator(seed: seed)
        var values: [Decimal] = []
        for _ in 0..<5_000 {
            let length = random.index(21)
            var significand = random.next()
            if length < 20 {
                significand %= (0..<length).reduce(UInt64(1)) { power, _ in power * 10 }
            }
            values.append(
                Decimal(
                    sign: random.index(2) == 0 ? .plus : .minus, exponent: random.index(61) - 30,
                    significand: Decimal(significand)))
            let quotient = Decimal(random.index(100_000)) / Decimal(random.index(999) + 1)
            values += [quotient, quotient * Decimal(random.index(1_000))]
            let double = Double(Int64(bitPattern: random.next())) / 1e9
            values.append(Decimal(string: String(double)) ?? .nan)
        }
        let mismatches = values.filter { DecimalText.plain($0) != $0.description }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(3).map(\.description))")
    }
}
