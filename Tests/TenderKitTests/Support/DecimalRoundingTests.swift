import Foundation
import Testing

@testable import TenderKit

/// `Decimal.rounded(places:)` worked out on the significand gives what `NSDecimalRound` gives:
/// the same value, exponent and significand, so the same text everywhere it is written.
@Suite struct DecimalRoundingTests {
    static func foundationRounded(_ value: Decimal, places: Int) -> Decimal {
        var source = value
        var result = Decimal()
        NSDecimalRound(&result, &source, places, .plain)
        return result
    }

    static func expectSame(_ value: Decimal, places: Int, _ comment: Comment? = nil) {
        let fast = value.rounded(places: places)
        let foundation = foundationRounded(value, places: places)
        #expect(fast == foundation, comment)
        #expect(fast.exponent == foundation.exponent, comment)
        #expect(fast.significand == foundation.significand, comment)
        #expect(fast.sign == foundation.sign, comment)
        #expect(DecimalText.plain(fast) == DecimalText.plain(foundation), comment)
    }

    /// Value, places, and the rounding by hand.
    @Test(arguments: [
        ("70.80000001", 2, "70.8"), ("1.005", 2, "1.01"), ("-2.345", 2, "-2.35"),
        ("99.995", 2, "100"), ("123.456", 0, "123"), ("0.125", 2, "0.13"), ("-0.125", 2, "-0.13"),
        ("0.124999", 2, "0.12"), ("12345", -2, "12300"), ("5166", 2, "5166"), ("0.0001", 2, "0"),
    ])
    func byHand(value: String, places: Int, expected: String) throws {
        let decimal = try #require(Decimal(string: value))
        #expect(DecimalText.plain(decimal.rounded(places: places)) == expected)
        Self.expectSame(decimal, places: places)
    }

    /// 20,000 seeded values: written ones of every length to 38 digits, and quotients and
    /// products as the scoring makes them, rounded to -1 … 6 places.
    @Test func agreesWithFoundationOnSeededValues() throws {
        var random = SeededGenerator(seed: 0xDEC_1A1)
        for _ in 0..<20_000 {
            let value: Decimal
            switch random.int(0...2) {
            case 0:
                let digits = (0..<random.int(1...38)).map { _ in String(random.int(0...9)) }
                    .joined()
                let text = (random.chance(0.3) ? "-" : "") + digits
                value = try #require(Decimal(string: text)) * pow(Decimal(10), -random.int(0...20))
            case 1:
                value =
                    Decimal(random.int(1...9_999_999)) / Decimal(random.int(1...99_999))
                    * (random.chance(0.3) ? -1 : 1)
            default:
                value = Decimal(random.int(1...99_999)) / 100 * Decimal(random.int(1...999)) / 7
            }
            let places = random.int(-1...6)
            Self.expectSame(value, places: places, "\(value) to \(places) places")
        }
    }
}
