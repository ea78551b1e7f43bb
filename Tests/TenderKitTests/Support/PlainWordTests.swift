import Testing

@testable import TenderKit

/// The JSON reader scans a string eight bytes at a time: every byte that ends a plain run must
/// stop it, wherever it falls in a word and whatever the string's length.
@Suite struct PlainWordTests {
    /// Every byte value at every position of a word of plain text.
    @Test func findsEveryByteThatEndsAPlainRun() {
        for value in 0...255 {
            for position in 0..<8 {
                var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 8)
                bytes[position] = UInt8(value)
                let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
                let json = value == 0x22 || value == 0x5C || value < 0x20
                #expect(PlainWord.endsJSONString(word) == json, "byte \(value) at \(position)")
            }
        }
    }

    /// Every byte value at every position of eleven bytes: in the word read whole and after it.
    @Test func findsEveryByteOutsideEachKindOfText() {
        for value in 0...255 {
            for position in 0..<11 {
                var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 11)
                bytes[position] = UInt8(value)
                let printable = bytes.withUnsafeBufferPointer(PlainWord.isPrintableASCII)
                #expect(printable == (0x20...0x7E).contains(value), "byte \(value) at \(position)")
                let ascii = bytes.withUnsafeBufferPointer(ValidatedUTF8.isASCII)
                #expect(ascii == (value < 0x80), "byte \(value) at \(position)")
                let json = bytes.withUnsafeBufferPointer(PlainWord.isPlainJSONText)
                let special = value == 0x22 || value == 0x5C || value < 0x20
                #expect(json == !special, "byte \(value) at \(position)")
            }
        }
    }

    /// A string of `length` bytes with one byte (or escape) at `position`: before, inside and
    /// after the words read whole.
    static let cases: [(length: Int, position: Int)] = (1...19).flatMap { length in
        (0..<length).map { (length: length, position: $0) }
    }

    @Test(arguments: cases)
    func readsEscapesAndTextOutsideASCII(length: Int, position: Int) throws {
        let plain = String(repeating: "x", count: length)
        for (inserted, decoded) in [("\\n", "\n"), ("é", "é"), ("\\\"", "\""), ("😀", "😀")] {
            let text = String(plain.prefix(position)) + inserted + plain.dropFirst(position + 1)
            let expected = String(plain.prefix(position)) + decoded + plain.dropFirst(position + 1)
            #expect(try JSONReader.read("\"" + text + "\"").root.string == expected)
        }
    }

    @Test(arguments: cases)
    func stopsAtAControlCharacterOrInvalidUTF8(length: Int, position: Int) {
        var bytes = [UInt8](repeating: UInt8(ascii: "x"), count: length + 2)
        bytes[0] = UInt8(ascii: "\"")
        bytes[length + 1] = UInt8(ascii: "\"")
        bytes[1 + position] = 0x1F
        #expect(throws: JSONSyntaxError(.controlCharacterInString, at: 1 + position)) {
            try JSONReader.read(bytes)
        }
        bytes[1 + position] = 0xFF
        #expect(throws: JSONSyntaxError(.invalidUTF8, at: 1)) { try JSONReader.read(bytes) }
    }

    @Test(arguments: [0, 1, 7, 8, 9, 15, 16, 17, 40])
    func findsTheClosingQuoteAfterPlainText(length: Int) throws {
        let text = String(repeating: "ab", count: length).prefix(length)
        let document = try JSONReader.read(#"["\#(text)", 1]"#)
        #expect(document.root.array?.first?.string == String(text))
        #expect(document.root.array?.last?.number?.decimal == 1)
    }
}
