import Foundation
import Testing

@testable import TenderKit

/// Every displayed figure rounds halves away from zero from the value as a person would compute it.
@Suite struct DisplayRoundingTests {
    @Test(arguments: [
        // (value, places, expected)
        (30.625, 2, "30.63"),  // exactly representable half: printf would give 30.62
        (2.675, 2, "2.68"),  // binary 2.67499999999999982236431605997495353221893310546875
        (1.005, 2, "1.01"),  // binary 1.00499999999999989341858963598497211933135986328125
        (-0.125, 2, "-0.13"),
        (-0.001, 2, "0.00"),  // no negative zero
        (71.4285, 2, "71.43"),
        (0.1 + 0.2, 2, "0.30"),
        (67.175, 2, "67.18"),
        (100, 2, "100.00"),
        (0, 2, "0.00"),
        (12.45, 1, "12.5"),
        (3.333333333, 0, "3"),
        (2.5, 0, "3"),
        (-2.5, 0, "-3"),
    ])
    func fixedRoundsHalvesAwayFromZero(value: Double, places: Int, expected: String) {
        #expect(DisplayRounding.fixed(value, places: places) == expected)
        #expect(NumberText.fixed(value, places) == expected)
    }

    @Test(arguments: [
        (10.0 / 3.0, "3.33"), (3.5, "3.5"), (4, "4"), (2.675, "2.68"), (3.995, "4"),
        (0.004, "0"),
    ])
    func scoresShowAtMostTwoDecimals(value: Double, expected: String) {
        #expect(NumberText.score(value) == expected)
    }

    @Test(arguments: [
        (4.0, "4"), (3.5, "3.5"), (2.75, "2.75"), (10.0 / 3.0, "3.333333"), (0.0000005, "0.000001"),
        (1_000_000_000_000, "1000000000000"), (-1.5, "-1.5"),
    ])
    func plainKeepsUpToSixDecimals(value: Double, expected: String) {
        #expect(NumberText.plain(value) == expected)
    }

    /// A seeded sweep: the rule agrees with rounding the decimal text of the value (to 9
    /// significant digits) by hand, digit by digit.
    @Test func agreesWithRoundingTheDecimalTextByHand() {
        var generator = SeededGenerator(seed: 15)
        for _ in 0..<2_000 {
            let hundredths = Int.random(in: -100_000...100_000, using: &generator)
            let value =
                Double(hundredths) / 1000 + 0.0005
                * Double(Int.random(in: 0...1, using: &generator))
            let expected = handRounded(value)
            #expect(DisplayRounding.fixed(value, places: 2) == expected, "\(value)")
        }
    }

    /// Rounds to 2 places from `%.8e` text by comparing the third decimal digit onwards with a half.
    private func handRounded(_ value: Double) -> String {
        let exact = Decimal(string: String(format: "%.8e", value))!
        let scaled = exact * 100
        let magnitude = scaled < 0 ? -scaled : scaled
        var whole = Decimal()
        var copy = magnitude
        NSDecimalRound(&whole, &copy, 0, .down)
        let up = magnitude - whole >= Decimal(string: "0.5")!
        let rounded = (whole + (up ? 1 : 0)) / 100
        let sign = scaled < 0 && rounded != 0 ? "-" : ""
        return sign + String(format: "%.2f", NSDecimalNumber(decimal: rounded).doubleValue)
    }

    /// The whole-number path (`DisplayDigits`) gives the same text as the `Decimal` one on 20,000
    /// seeded random figures: scores, percentages, money, tiny and huge values, halves, negatives.
    @Test func wholeNumberPathEqualsTheDecimalPath() {
        var random = SeededGenerator(seed: 0xD15_9A7)
        for _ in 0..<20_000 {
            let magnitude = [1e-12, 1e-4, 0.01, 1, 5, 100, 1e4, 3e8, 1e12, 1e17][random.index(10)]
            var value = Double(random.next() % 1_000_000_001) / 1e9 * magnitude
            if random.chance(0.2) { value = (value * 1_000).rounded() / 1_000 + 0.0005 }
            if random.chance(0.3) { value = -value }
            let places = random.int(0...4)
            for minimum in [places, 0] {
                let fast = DisplayDigits(value, places: places)?.text(
                    minimumFractionDigits: minimum)
                let exact = DisplayRounding.decimalText(
                    value, places: places, minimumFractionDigits: minimum)
                #expect(fast == nil || fast == exact, "\(value) to \(places) places")
            }
            #expect(
                DisplayRounding.rounded(value, places: places)
                    == DisplayRounding.roundedByDecimal(value, places: places),
                "\(value) to \(places) places as a Decimal")
        }
        #expect(DisplayDigits(30.625, places: 2)?.text(minimumFractionDigits: 2) == "30.63")
        let wholeNumbers: [(Double, Int, Int, String)] = [
            (0, 2, 2, "0.00"), (0, 2, 0, "0"), (-0.0, 2, 2, "0.00"), (3, 2, 0, "3"),
            (3, 2, 1, "3.0"), (-4, 0, 0, "-4"), (999_999_999, 3, 3, "999999999.000"),
            (0.05, 1, 0, "0.1"), (-0.04, 1, 1, "0.0"), (1_234.5, 6, 2, "1234.50"),
        ]
        for (value, places, minimum, expected) in wholeNumbers {
            #expect(
                DisplayDigits(value, places: places)?.text(minimumFractionDigits: minimum)
                    == expected, "\(value) to \(places) places")
            #expect(
                DisplayRounding.decimalText(value, places: places, minimumFractionDigits: minimum)
                    == expected, "\(value) to \(places) places (Decimal)")
        }
        #expect(DisplayDigits(1e17, places: 2) == nil)
    }

    /// C's `%.8e` text read as a 9-digit whole number and an exponent; anything else refused.
    @Test(
        arguments: [
            ("1.23456789e+02", 123_456_789, 2),
            ("9.99999999e-05", 999_999_999, -5),
            ("1.00000000e+00", 100_000_000, 0),
            ("4.50000000e+120", 450_000_000, 120),
            ("12.3456789e+02", nil, 0),
            ("1.2345678e+02", nil, 0),
            ("1.234567890e+02", nil, 0),
            ("1.23456789e02", nil, 0),
            ("1.23456789e+", nil, 0),
            ("1.23456789", nil, 0),
            ("inf", nil, 0),
        ] as [(String, UInt64?, Int)])
    func scientificTextIsReadDigitByDigit(text: String, mantissa: UInt64?, exponent: Int) {
        let parsed = Array(text.utf8CString.dropLast()).withUnsafeBufferPointer {
            SignificantDigits.parseScientific($0)
        }
        #expect(parsed?.0 == mantissa)
        #expect(parsed.map { $0.1 } == mantissa.map { _ in exponent })
    }
}
