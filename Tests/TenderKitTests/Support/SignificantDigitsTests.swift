import Testing

@testable import TenderKit

/// The 9 significant digits worked out in 128-bit integers are C's `%.8e` digits: on hand-made
/// ties (rounded to even, as C does) and on seeded random values of every kind shown.
@Suite struct SignificantDigitsTests {
    /// Values, the digits and the exponent; each tie lies exactly halfway.
    static let handCases: [(value: Double, digits: UInt64, exponent: Int)] = [
        (0.1, 100_000_000, -1),
        (5.44, 544_000_000, 0),
        (2.0 / 3.0, 666_666_667, -1),
        (100_000_000.5, 100_000_000, 8),
        (100_000_001.5, 100_000_002, 8),
        (12_345_678.25, 123_456_782, 7),
        (12_345_678.75, 123_456_788, 7),
        (1_234_567_885, 123_456_788, 9),
        (1_234_567_895, 123_456_790, 9),
        (9_999_999_995, 100_000_000, 10),
        (999_999_999.7, 100_000_000, 9),
        (1e-12, 100_000_000, -12),
        (9.999_999_999e17, 100_000_000, 18),
    ]

    @Test(arguments: handCases)
    func handCasesAsCPrintsThem(value: Double, digits: UInt64, exponent: Int) {
        for found in [SignificantDigits.exact(value), SignificantDigits.printed(value)] {
            #expect(found?.0 == digits, "\(value)")
            #expect(found?.1 == exponent, "\(value)")
        }
    }

    @Test func outsideTheExactRangeCPrintsThem() {
        for value in [
            1e-13, 1e18, 1e300, Double.leastNonzeroMagnitude, Double.leastNormalMagnitude,
        ] {
            #expect(SignificantDigits.exact(value) == nil)
            #expect(SignificantDigits.of(value) != nil)
        }
    }

    /// 300,000 values: any bit pattern in the range, hundredths and thousandths (scores, points,
    /// percentages), and whole numbers of 10 to 15 digits with a 5 after the ninth (ties).
    @Test func exactDigitsAreThePrintedDigits() {
        var random = SeededGenerator(seed: 0x51_6D16)
        for round in 0..<300_000 {
            let value: Double
            switch round % 3 {
            case 0:
                value = Double(
                    sign: .plus, exponentBitPattern: UInt(random.int(984...1082)),
                    significandBitPattern: random.next() & (1 << 52 - 1))
            case 1:
                value = Double(random.int(1...10_000_000)) / [100.0, 1_000.0][random.index(2)]
            default:
                // A 9-digit number, a 5, and zeros: exactly representable below 2^53.
                let nine = Double(random.int(100_000_000...999_999_999))
                value = (nine * 10 + 5) * [1.0, 10, 100, 1_000, 10_000, 100_000][random.index(6)]
            }
            guard value >= 1e-12, value < 1e18 else { continue }
            let exact = SignificantDigits.exact(value)
            let printed = SignificantDigits.printed(value)
            #expect(exact != nil && exact?.0 == printed?.0 && exact?.1 == printed?.1, "\(value)")
        }
    }
}
