import Foundation
import Testing

@testable import TenderKit

/// `NumberText.decimal` and `MoneyText.format` against the plain way of writing them: the digits
/// through `Decimal.description`, grouped character by character, with Foundation's rounding
/// to the penny for every amount.
@Suite struct MoneyTextTests {
    @Test(arguments: [
        ("0", 0, "0"), ("0", 2, "0.00"), ("5", 2, "5.00"), ("12.5", 2, "12.50"),
        ("1234", 0, "1,234"), ("123456.789", 0, "123,456.789"), ("-1234567.1", 2, "-1,234,567.10"),
        ("999", 0, "999"), ("100000", 2, "100,000.00"), ("0.001", 2, "0.001"),
    ])
    func decimalByHand(value: String, minimumFractionDigits: Int, expected: String) throws {
        let decimal = try #require(Decimal(string: value))
        #expect(
            NumberText.decimal(decimal, minimumFractionDigits: minimumFractionDigits) == expected)
    }

    /// 20,000 seeded amounts: every length of whole part to 15 digits, 0 to 4 decimals (trailing
    /// zeros kept as written), both signs.
    @Test func agreeWithThePlainWayOnSeededAmounts() throws {
        var random = SeededGenerator(seed: 0x4D0_4E59)
        for _ in 0..<20_000 {
            let whole = String(random.int(0...999_999_999_999_999)).prefix(random.int(1...15))
            let decimals = random.int(0...4)
            let fraction = (0..<decimals).map { _ in String(random.int(0...9)) }.joined()
            let sign = random.int(0...3) == 0 ? "-" : ""
            let text = sign + whole + (decimals > 0 ? "." + fraction : "")
            let amount = try #require(Decimal(string: text))
            for places in [0, 2] {
                #expect(
                    NumberText.decimal(amount, minimumFractionDigits: places)
                        == Self.plainDecimal(amount, minimumFractionDigits: places), "\(text)")
            }
            #expect(
                MoneyText.format(amount, currency: "GBP") == Self.plainMoney(amount), "\(text)")
        }
    }

    /// The reference: rounding by Foundation, digits by `description`, grouping by characters.
    static func plainMoney(_ amount: Decimal) -> String {
        let rounded = amount.roundedToPenny
        let negative = rounded < 0
        let digits = plainDecimal(negative ? -rounded : rounded, minimumFractionDigits: 2)
        return (negative ? "-£" : "£") + digits
    }

    static func plainDecimal(_ value: Decimal, minimumFractionDigits: Int) -> String {
        var plain = value.description
        let negative = plain.hasPrefix("-")
        if negative { plain.removeFirst() }
        let parts = plain.split(separator: ".", maxSplits: 1)
        let whole = String(parts.first ?? "0")
        var fraction = parts.count > 1 ? String(parts[1]) : ""
        while fraction.count < minimumFractionDigits { fraction += "0" }
        var grouped = ""
        for (index, character) in whole.enumerated() {
            if index > 0, (whole.count - index) % 3 == 0 { grouped.append(",") }
            grouped.append(character)
        }
        return (negative ? "-" : "") + grouped + (fraction.isEmpty ? "" : "." + fraction)
    }
}
