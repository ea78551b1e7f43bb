import Foundation

/// Strings and numbers: the two token kinds with rules of their own.
extension JSONParser {
    /// Reads a string literal starting at the opening quote; `index` ends after the closing quote.
    mutating func parseString() throws(JSONSyntaxError) -> String {
        index += 1
        let start = index
        // Fast path: no escapes. Find the closing quote, checking for control characters and
        // noting any byte outside ASCII (only then is the text's UTF-8 checked): eight bytes at a
        // time while none of them is special, then byte by byte.
        var bytesSeen: UInt8 = skipPlainWords() ? 0x80 : 0
        while index < buffer.count {
            let byte = buffer[index]
            if byte == UInt8(ascii: "\"") {
                let slice = UnsafeBufferPointer(rebasing: buffer[start..<index])
                index += 1
                if bytesSeen < 0x80 { return String(decoding: slice, as: UTF8.self) }
                guard let text = ValidatedUTF8.string(slice) else {
                    throw JSONSyntaxError(.invalidUTF8, at: start)
                }
                return text
            }
            if byte == UInt8(ascii: "\\") { break }
            if byte < 0x20 { throw JSONSyntaxError(.controlCharacterInString, at: index) }
            bytesSeen |= byte
            index += 1
        }
        guard index < buffer.count else {
            throw JSONSyntaxError(
                .unexpectedEnd(expected: "the closing '\"' of a string"), at: index)
        }
        return try parseEscapedString(from: start)
    }

    /// Moves `index` past the whole eight-byte words of a string that hold no quote, backslash
    /// or control character; whether any of their bytes was outside ASCII.
    private mutating func skipPlainWords() -> Bool {
        guard let base = buffer.baseAddress else { return false }
        var seen: UInt64 = 0
        while index + 8 <= buffer.count {
            let word = PlainWord.load(base, at: index)
            if PlainWord.endsJSONString(word) { break }
            seen |= word
            index += 8
        }
        return seen & PlainWord.highBits != 0
    }

    /// The slow path: a string with escapes, decoded byte by byte from `start`.
    private mutating func parseEscapedString(from start: Int) throws(JSONSyntaxError) -> String {
        var bytes = Array(buffer[start..<index])
        while index < buffer.count {
            let byte = buffer[index]
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                guard let text = ValidatedUTF8.string(bytes) else {
                    throw JSONSyntaxError(.invalidUTF8, at: start)
                }
                return text
            case UInt8(ascii: "\\"):
                try appendEscape(to: &bytes)
            case 0..<0x20:
                throw JSONSyntaxError(.controlCharacterInString, at: index)
            default:
                bytes.append(byte)
                index += 1
            }
        }
        throw JSONSyntaxError(.unexpectedEnd(expected: "the closing '\"' of a string"), at: index)
    }

    private mutating func appendEscape(to bytes: inout [UInt8]) throws(JSONSyntaxError) {
        let escapeStart = index
        index += 1
        guard index < buffer.count else {
            throw JSONSyntaxError(.unexpectedEnd(expected: "an escape"), at: index)
        }
        let code = buffer[index]
        index += 1
        switch code {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): bytes.append(code)
        case UInt8(ascii: "b"): bytes.append(0x08)
        case UInt8(ascii: "f"): bytes.append(0x0C)
        case UInt8(ascii: "n"): bytes.append(0x0A)
        case UInt8(ascii: "r"): bytes.append(0x0D)
        case UInt8(ascii: "t"): bytes.append(0x09)
        case UInt8(ascii: "u"):
            let scalar = try readUnicodeEscape(escapeStart: escapeStart)
            bytes.append(contentsOf: Array(String(Character(scalar)).utf8))
        default:
            throw JSONSyntaxError(.invalidEscape, at: escapeStart)
        }
    }

    /// Reads the XXXX of `\uXXXX` (and a following low surrogate when the first is a high one).
    private mutating func readUnicodeEscape(escapeStart: Int) throws(JSONSyntaxError)
        -> Unicode.Scalar
    {
        let first = try readHex4(escapeStart: escapeStart)
        var value = first
        if (0xD800...0xDBFF).contains(first) {
            guard index + 1 < buffer.count, buffer[index] == UInt8(ascii: "\\"),
                buffer[index + 1] == UInt8(ascii: "u")
            else {
                throw JSONSyntaxError(.invalidUnicodeEscape, at: escapeStart)
            }
            index += 2
            let second = try readHex4(escapeStart: escapeStart)
            guard (0xDC00...0xDFFF).contains(second) else {
                throw JSONSyntaxError(.invalidUnicodeEscape, at: escapeStart)
            }
            value = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
        } else if (0xDC00...0xDFFF).contains(first) {
            throw JSONSyntaxError(.invalidUnicodeEscape, at: escapeStart)
        }
        guard let scalar = Unicode.Scalar(value) else {
            throw JSONSyntaxError(.invalidUnicodeEscape, at: escapeStart)
        }
        return scalar
    }

    private mutating func readHex4(escapeStart: Int) throws(JSONSyntaxError) -> UInt32 {
        guard index + 4 <= buffer.count else {
            throw JSONSyntaxError(.invalidUnicodeEscape, at: escapeStart)
        }
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let digit = hexDigitValue(buffer[index]) else {
                throw JSONSyntaxError(.invalidUnicodeEscape, at: escapeStart)
            }
            value = value << 4 | UInt32(digit)
            index += 1
        }
        return value
    }

    /// Reads a number literal; the grammar is RFC 8259's, the value `DecimalLiteral`'s.
    mutating func parseNumber() throws(JSONSyntaxError) -> JSONNumber {
        let start = index
        let literal: DecimalLiteral
        do {
            literal = try DecimalLiteral.scan(buffer, from: &index)
        } catch {
            throw JSONSyntaxError(.invalidNumber(error.reason), at: error.offset)
        }
        guard let number = literal.jsonNumber(text: buffer[start..<index]) else {
            inexactNumbers.append(start)
            return JSONNumber(
                decimal: 0, double: literal.double(text: buffer[start..<index]),
                isIntegerLiteral: literal.isIntegerLiteral, isExact: false)
        }
        return number
    }
}

/// The value of a hexadecimal digit (`0-9`, `a-f`, `A-F`), or nil.
func hexDigitValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
    default: nil
    }
}
