/// Maps a position inside a decoded JSON string back to the file, so that an error in a rule
/// expression (which lives inside a JSON string) can point at its exact column.
///
/// Escapes make the two differ: `"a \"b\""` decodes to `a "b"`, and the `b` at decoded offset 3
/// stands at raw offset 5 after the opening quote.
public enum JSONStringPosition {
    /// The byte offset in `bytes` of the decoded string's UTF-8 offset `decodedOffset`, for the string
    /// literal whose opening quote is at `literalOffset`.
    public static func rawOffset(ofDecoded decodedOffset: Int, literalAt literalOffset: Int, in bytes: [UInt8]) -> Int {
        var raw = literalOffset + 1
        var decoded = 0
        while decoded < decodedOffset, raw < bytes.count, bytes[raw] != UInt8(ascii: "\"") {
            guard bytes[raw] == UInt8(ascii: "\\"), raw + 1 < bytes.count else {
                decoded += 1
                raw += 1
                continue
            }
            if bytes[raw + 1] == UInt8(ascii: "u") {
                let (rawLength, decodedLength) = unicodeEscapeLengths(at: raw, in: bytes)
                raw += rawLength
                decoded += decodedLength
            } else {
                raw += 2
                decoded += 1
            }
        }
        return raw
    }

    /// Raw length (6, or 12 for a surrogate pair) and UTF-8 length of the `\uXXXX` escape at `start`.
    private static func unicodeEscapeLengths(at start: Int, in bytes: [UInt8]) -> (Int, Int) {
        guard let value = hex4(bytes, start + 2) else { return (2, 1) }
        if (0xD800...0xDBFF).contains(value), start + 11 < bytes.count,
           bytes[start + 6] == UInt8(ascii: "\\"), bytes[start + 7] == UInt8(ascii: "u") {
            return (12, 4)
        }
        switch value {
        case ..<0x80: return (6, 1)
        case ..<0x800: return (6, 2)
        default: return (6, 3)
        }
    }

    private static func hex4(_ bytes: [UInt8], _ start: Int) -> UInt32? {
        guard start + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for byte in bytes[start..<start + 4] {
            guard let digit = hexDigitValue(byte) else { return nil }
            value = value << 4 | UInt32(digit)
        }
        return value
    }
}
