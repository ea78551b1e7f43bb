import Foundation
import Testing

@testable import TenderKit

@Suite struct JSONReaderTests {
    private func read(_ text: String) throws -> JSONValue {
        try JSONReader.read(text).root
    }

    @Test func readsEveryKindOfValue() throws {
        let value = try read(#"{"a": [1, -2.5, true, false, null, "x"], "b": {}}"#)
        let array = try #require(value["a"]?.array)
        #expect(array.count == 6)
        #expect(array[0].number?.decimal == 1)
        #expect(array[1].number?.decimal == Decimal(string: "-2.5"))
        #expect(array[2].bool == true)
        #expect(array[3].bool == false)
        #expect(array[4].isNull)
        #expect(array[5].string == "x")
        #expect(value["b"]?.object?.members.isEmpty == true)
    }

    @Test func keepsMemberOrderAndOffsets() throws {
        let value = try read(#"{"z": 1, "a": 2}"#)
        #expect(value.object?.keys == ["z", "a"])
        #expect(value["a"]?.offset == 14)
        #expect(value.object?.member("a")?.keyOffset == 9)
    }

    @Test(arguments: [
        ("0.1", "0.1"), ("48500", "48500"), ("1000000.10", "1000000.1"), ("-0.005", "-0.005"),
        ("1e3", "1000"),
        ("2.50E-1", "0.25"), ("12345678901234567890123", "12345678901234567890123"), ("0", "0"),
        ("-0", "0"),
    ])
    func readsNumbersExactly(literal: String, expected: String) throws {
        let number = try #require(try read(literal).number)
        #expect(number.decimal == Decimal(string: expected))
    }

    @Test func moneyAddsExactly() throws {
        let value = try read("[0.1, 0.2, 0.3]")
        let numbers = try #require(value.array).compactMap { $0.number?.decimal }
        #expect(numbers[0] + numbers[1] == numbers[2])
    }

    @Test(arguments: [
        ("1.5", 1.5), ("-2e-3", -0.002), ("123456789012345678", 123456789012345678.0),
        ("1e100", 1e100),
    ])
    func readsDoubles(literal: String, expected: Double) throws {
        #expect(try read(literal).number?.double == expected)
    }

    @Test func decodesEscapes() throws {
        #expect(try read(#""a\"b\\c\/d\n\t\u00e9\ud83d\ude00""#).string == "a\"b\\c/d\n\té😀")
    }

    @Test func reportsDuplicateKeys() throws {
        let document = try JSONReader.read(#"{"a": 1, "a": 2}"#)
        #expect(document.duplicateKeys == [JSONDuplicateKey(key: "a", offset: 9, firstOffset: 1)])
    }

    @Test func reportsDuplicateKeysInLargeObjects() throws {
        let members = (0..<40).map { "\"k\($0)\": \($0)" }.joined(separator: ", ")
        let document = try JSONReader.read("{\(members), \"k7\": 0}")
        #expect(document.duplicateKeys.map(\.key) == ["k7"])
    }

    @Test func skipsByteOrderMark() throws {
        #expect(try JSONReader.read([0xEF, 0xBB, 0xBF] + Array("[1]".utf8)).root.array?.count == 1)
    }

    @Test(arguments: [
        ("{\"a\": }", 6, "malformed JSON: found '}' where a value was expected"),
        ("[1, 2", 5, "malformed JSON: the file ends where ',' or ']' was expected"),
        ("{\"a\" 1}", 5, "malformed JSON: found '1' where ':' after the member name was expected"),
        (
            "{a: 1}", 1,
            "malformed JSON: found 'a' where a member name in double quotes was expected"
        ),
        ("[01]", 1, "malformed JSON: invalid number (leading zeros are not allowed)"),
        ("[1.]", 3, "malformed JSON: invalid number (a digit must follow the decimal point)"),
        ("[-]", 2, "malformed JSON: invalid number (a digit must follow '-')"),
        ("[1e]", 3, "malformed JSON: invalid number (the exponent needs digits)"),
        (
            "\"a\\x\"", 2,
            "malformed JSON: invalid escape in string (allowed: \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)"
        ),
        (
            "\"\\ud800\"", 1,
            "malformed JSON: invalid \\u escape (four hex digits; surrogates must come in pairs)"
        ),
        (
            "\"a\nb\"", 2,
            "malformed JSON: control character in string (write it as an escape such as \\n)"
        ),
        ("[1] 2", 4, "malformed JSON: unexpected content after the end of the JSON value"),
        ("tru", 0, "malformed JSON: found 't' where a value was expected"),
        (
            "\"abc", 4,
            "malformed JSON: the file ends where the closing '\"' of a string was expected"
        ),
        ("", 0, "malformed JSON: the file ends where a value was expected"),
    ])
    func reportsSyntaxErrorsWithOffsets(text: String, offset: Int, message: String) {
        #expect(throws: JSONSyntaxError.self) { try JSONReader.read(text) }
        do {
            _ = try JSONReader.read(text)
        } catch {
            #expect(error.offset == offset)
            #expect(error.message == message)
        }
    }

    /// A number `Decimal` cannot hold does not stop the reader: it is listed, and marked inexact.
    @Test func listsNumbersThatCannotBeHeldAndReadsOn() throws {
        let document = try JSONReader.read("[1e999, 2, 1\(String(repeating: "1", count: 40))]")
        #expect(document.inexactNumbers == [1, 11])
        let numbers = try #require(document.root.array).compactMap(\.number)
        #expect(numbers.map(\.isExact) == [false, true, false])
        #expect(numbers[1].decimal == 2)
    }

    @Test func rejectsInvalidUTF8() {
        #expect(throws: JSONSyntaxError(.invalidUTF8, at: 1)) {
            try JSONReader.read([0x22, 0xFF, 0x22])
        }
    }

    @Test func refusesDeepNestingInsteadOfOverflowing() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(throws: JSONSyntaxError(.nestedTooDeeply(limit: 256), at: 256)) {
            try JSONReader.read(deep)
        }
        let fine = String(repeating: "[", count: 256) + String(repeating: "]", count: 256)
        #expect((try? JSONReader.read(fine)) != nil)
    }
}
