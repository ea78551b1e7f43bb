import Foundation
import Testing

@testable import TenderKit

@Suite struct SHA256Tests {
    static let vectors = [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        (
            "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        ),
        (
            "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
            "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"
        ),
    ]

    @Test(arguments: SHA256.Compression.available)
    func matchesTheStandardVectors(compression: SHA256.Compression) {
        for (input, digest) in Self.vectors {
            #expect(SHA256.hex(Array(input.utf8), compression: compression) == digest, "\(input)")
        }
    }

    @Test(arguments: SHA256.Compression.available)
    func hashesAMillionAs(compression: SHA256.Compression) {
        let bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        #expect(
            SHA256.hex(bytes, compression: compression)
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test(arguments: SHA256.Compression.available)
    func incrementalUpdatesGiveTheSameDigest(compression: SHA256.Compression) {
        let bytes = (0..<1000).map { UInt8($0 % 251) }
        var hasher = SHA256(compression: compression)
        for chunk in stride(from: 0, to: bytes.count, by: 37) {
            hasher.update(Array(bytes[chunk..<min(chunk + 37, bytes.count)]))
        }
        let digest = hasher.finalize().map { String(format: "%02x", $0) }.joined()
        #expect(digest == SHA256.hex(bytes, compression: compression))
    }

    /// The processor's instructions and the portable code agree on 300 seeded random texts of
    /// up to 700 bytes (every length around the 55- and 64-byte padding edges among them), fed
    /// whole and in random pieces.
    @Test func instructionsAndPortableCodeAgree() throws {
        try #require(SHA256.Compression.available.contains(.instructions))
        var random = SeededGenerator(seed: 0x5A25_6E57)
        for trial in 0..<300 {
            let count = trial < 140 ? trial : Int.random(in: 0...700, using: &random)
            let bytes = (0..<count).map { _ in UInt8.random(in: 0...255, using: &random) }
            let portable = SHA256.hex(bytes, compression: .portable)
            #expect(SHA256.hex(bytes, compression: .instructions) == portable, "\(count) bytes")
            var hasher = SHA256(compression: .instructions)
            var start = 0
            while start < count {
                let end = min(count, start + Int.random(in: 1...130, using: &random))
                hasher.update(Array(bytes[start..<end]))
                start = end
            }
            let pieces = hasher.finalize().map { String(format: "%02x", $0) }.joined()
            #expect(pieces == portable, "\(count) bytes in pieces")
        }
    }
}

@Suite struct ISODateTests {
    @Test(arguments: ["2024-02-29", "1999-12-31", "0001-01-01"])
    func parsesValidDates(text: String) {
        #expect(ISODate(text)?.description == text)
    }

    @Test(arguments: [
        "2023-02-29", "2024-13-01", "2024-00-10", "2024-1-01", "24-01-01", "2024/01/01",
        "2024-01-01T00:00",
    ])
    func rejectsInvalidDates(text: String) {
        #expect(ISODate(text) == nil)
    }

    @Test func addsMonthsClampingTheDay() {
        #expect(ISODate("2024-01-31")?.adding(months: 1)?.description == "2024-02-29")
        #expect(ISODate("2024-03-31")?.adding(months: -13)?.description == "2023-02-28")
        #expect(ISODate("2024-05-17")?.adding(years: -5)?.description == "2019-05-17")
    }

    /// Month counts come from rubric rules and settings; one past the calendar is no date, not
    /// an arithmetic overflow.
    @Test func addingMonthsBeyondTheCalendarGivesNoDate() {
        let date = ISODate("2024-01-31")
        #expect(date?.adding(months: .max) == nil)
        #expect(date?.adding(months: .min) == nil)
        #expect(date?.adding(years: .max) == nil)
        #expect(date?.adding(years: .min / 2) == nil)
        #expect(date?.adding(years: 7_975)?.description == "9999-01-31")
    }

    @Test func countsDaysFromTheEpoch() {
        #expect(ISODate("1970-01-01")?.daysSinceEpoch == 0)
        #expect(ISODate("2000-03-01")?.daysSinceEpoch == 11_017)
        #expect(ISODate("1969-12-31")?.daysSinceEpoch == -1)
    }
}

@Suite struct TextFormattingTests {
    @Test(arguments: [
        ("48500", "GBP", "£48,500.00"), ("1000000.1", "GBP", "£1,000,000.10"),
        ("0.005", "GBP", "£0.01"),
        ("-12.345", "EUR", "-€12.35"), ("999", "CHF", "999.00 CHF"),
    ])
    func formatsMoney(amount: String, currency: String, expected: String) throws {
        #expect(
            MoneyText.format(try #require(Decimal(string: amount)), currency: currency) == expected)
    }

    @Test(arguments: [
        (4.0, "4"), (3.5, "3.5"), (2.75, "2.75"), (1.0 / 3.0, "0.333333"), (-0.5, "-0.5"),
    ])
    func writesPlainNumbers(value: Double, expected: String) {
        #expect(NumberText.plain(value) == expected)
    }

    @Test func roundsHalvesAwayFromZero() throws {
        #expect(try #require(Decimal(string: "2.345")).roundedToPenny == Decimal(string: "2.35"))
        #expect(try #require(Decimal(string: "-2.345")).roundedToPenny == Decimal(string: "-2.35"))
        #expect(try #require(Decimal(string: "2.344")).roundedToPenny == Decimal(string: "2.34"))
    }

    @Test(arguments: [
        ("criterion", ["criteria", "criterion-a"], "criteria"),
        ("cuont", ["count", "sum"], "count"), ("zzz", ["count"], nil), ("abs", ["sum"], nil),
        ("wieght", ["weight", "title"], "weight"),
    ])
    func suggestsNearNames(word: String, candidates: [String], expected: String?) {
        #expect(EditDistance.suggestion(for: word, among: candidates) == expected)
    }

    /// A spreadsheet may end a quoted cell with CRLF, which Swift reads as one Character: it is
    /// trimmed like any other line break.
    @Test(arguments: [
        ("  a b\t", "a b"), ("sub-1\r\n", "sub-1"), ("\r\n Good.\r\n", "Good."), ("\r\n\t", ""),
        ("é\u{301} ", "é\u{301}"),
    ])
    func trimsWhitespace(text: String, expected: String) {
        #expect(text.trimmingWhitespace() == expected)
    }

    @Test(arguments: [
        ("Samples/x/../../Rubrics/a.json", "Rubrics/a.json"), ("./a//b/", "a/b"),
        ("/a/../../b", "/b"), ("../x", "../x"),
    ])
    func normalisesPaths(path: String, expected: String) {
        #expect(FilePath.normalise(path) == expected)
    }

    @Test func checksIdentifiers() {
        #expect(Identifier.isValid("sub-01.a_b"))
        #expect(!Identifier.isValid("../etc"))
        #expect(!Identifier.isValid("=cmd"))
        #expect(!Identifier.isValid("has space"))
        #expect(!Identifier.isValid(""))
        #expect(!Identifier.isValid(String(repeating: "a", count: 101)))
    }
}
