import Foundation
import Testing

@testable import TenderKit

/// `DecimalText.plain` writes exactly what `Decimal.description` writes.
@Suite struct DecimalTextTests {
    /// Numbers read from text, as a round's files give them.
    static let readFromText: [(String, String)] = [
        ("6379", "6379"),
        ("-123.45", "-123.45"),
        ("3312000", "3312000"),
        ("0.001", "0.001"),
        ("1E-20", "0.00000000000000000001"),
        ("28.45714285714286", "28.45714285714286"),
        ("18446744073709551615", "18446744073709551615"),
        // Past 64 bits: Foundation's own text.
        ("18446744073709551616", "18446744073709551616"),
        ("0", "0"),
    ]

    @Test(arguments: readFromText)
    func handWorked(_ input: String, _ text: String) throws {
        let value = try #require(Decimal(string: input))
        #expect(DecimalText.plain(value) == text)
        #expect(value.description == text)
    }

    /// Built from a sign, an exponent and a significand: trailing zeros given in the significand
    /// are not written (Foundation drops them), zero is `0` whatever its exponent, and NaN is
    /// Foundation's `NaN`.
    @Test func builtFromParts() {
        let trailingZeros = Decimal(sign: .plus, exponent: -2, significand: 150)
        let zero = Decimal(sign: .minus, exponent: 3, significand: 0)
        #expect(DecimalText.plain(trailingZeros) == "1.5")
        #expect(DecimalText.plain(zero) == "0")
        #expect(DecimalText.plain(Decimal.nan) == "NaN")
        for value in [trailingZeros, zero, Decimal.nan] {
            #expect(DecimalText.plain(value) == value.description)
        }
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
            let sign: FloatingPointSign = random.index(2) == 0 ? .plus : .minus
            let exponent: Int = random.index(61) - 30
            values.append(
                Decimal(sign: sign, exponent: exponent, significand: Decimal(significand)))
            let dividend = Decimal(random.index(100_000))
            let quotient: Decimal = dividend / Decimal(random.index(999) + 1)
            values.append(quotient)
            values.append(quotient * Decimal(random.index(1_000)))
            let double: Double = Double(Int64(bitPattern: random.next())) / 1e9
            values.append(Decimal(string: String(double)) ?? Decimal.nan)
        }
        let mismatches = values.filter { DecimalText.plain($0) != $0.description }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(3).map(\.description))")
    }
}

/// The significand read from a `Decimal`'s storage, on this Foundation (where the layout check
/// must hold, or `DecimalText` would quietly fall back to `description`).
@Suite struct DecimalSignificandTests {
    @Test func theLayoutHoldsHere() {
        #expect(DecimalSignificand.layoutHolds)
    }

    static let cases: [(String, UInt128)] = [
        ("0", 0),
        ("7", 7),
        ("-0.125", 125),
        ("18446744073709551616", UInt128(UInt64.max) + 1),
        // The largest significand a Decimal holds, 2^128 - 1, with an exponent.
        ("340282366920938463463374607431768211455", UInt128.max),
        ("3.40282366920938463463374607431768211455", UInt128.max),
        (
            "24.2547528517110266159695817490494296577",
            242_547_528_517_110_266_159_695_817_490_494_296_577
        ),
    ]

    @Test(arguments: cases)
    func readFromText(_ text: String, _ significand: UInt128) throws {
        let value = try #require(Decimal(string: text))
        #expect(DecimalSignificand.significand(value) == significand)
        #expect(DecimalText.plain(value) == value.description)
    }

    /// Digits in pieces of 19, with the zeros inside a piece kept.
    @Test(
        arguments: [
            (UInt128(0), "0"), (UInt128(10_000_000_000_000_000_000), "10000000000000000000"),
            (
                UInt128(10_000_000_000_000_000_000) * 10_000_000_000_000_000_000 + 5,
                "100000000000000000000000000000000000005"
            ),
            (UInt128.max, "340282366920938463463374607431768211455"),
        ] as [(UInt128, String)])
    func digits(_ whole: UInt128, _ text: String) {
        #expect(DecimalSignificand.digits(whole) == text)
    }
}
