/// A quick test of whether a text may hold any of a panel's names, emails, ids or declared
/// interests, so that `PanelPseudonyms.redact` skips the texts that hold none (nearly all
/// comments) instead of searching each for each of a large panel's thousands of strings.
///
/// The test never says no when the search would find something: it reads the UTF-8 bytes once,
/// looking up each byte among the ASCII strings of one byte, each pair of bytes among those of
/// two, and each three bytes among the first three bytes of the longer ones, which are then
/// compared; a string with other characters is searched for the usual way; and a text holding one
/// of the three characters that Unicode treats as the same as an ASCII one (KELVIN SIGN as `K`,
/// GREEK QUESTION MARK as `;`, GREEK VARIA as `` ` ``), which the usual search would match, is
/// always searched.
///
/// Three bytes, not two: a panel's names and interests start with the same two letters as many
/// words of the comments ("Cl", "De", "Ma"), and comparing each such word with each such string
/// was most of the screen's time.
struct RedactionScreen: Sendable {
    /// One bit per pair of bytes that is an ASCII string of two bytes (first byte × 256 + second).
    private var twoByteStrings = [UInt64](repeating: 0, count: 65_536 / 64)
    /// One bit per three bytes that start an ASCII string of three bytes or more (first byte ×
    /// 65,536 + second × 256 + third): 2 MB.
    private var triples = [UInt64](repeating: 0, count: (1 << 24) / 64)
    /// The ASCII strings of three bytes or more, by their first two bytes (first × 256 + second;
    /// an array, not a hashed dictionary, for the same reason as `singles`).
    private var byPair = [[[UInt8]]](repeating: [], count: 65_536)
    /// The bytes that are a whole ASCII string of one byte, by byte (looked up for every byte of
    /// every text: an array, not a hashed set).
    private var singles = [Bool](repeating: false, count: 256)
    /// The strings with a character outside ASCII, searched for as `PanelPseudonyms` does.
    private var others: [String] = []
    /// Whether any ASCII string is one or two bytes long.
    private(set) var hasShortStrings = false

    static let equivalentToASCII: [[UInt8]] = [
        Array("\u{212A}".utf8), Array("\u{037E}".utf8), Array("\u{1FEF}".utf8),
    ]

    init(_ strings: [String]) {
        for string in strings where !string.isEmpty {
            let bytes = Array(string.utf8)
            if bytes.contains(where: { $0 >= 0x80 }) {
                others.append(string)
            } else if bytes.count == 1 {
                singles[Int(bytes[0])] = true
                hasShortStrings = true
            } else if bytes.count == 2 {
                Self.set(Int(bytes[0]) << 8 | Int(bytes[1]), in: &twoByteStrings)
                hasShortStrings = true
            } else {
                let pair = Int(bytes[0]) << 8 | Int(bytes[1])
                Self.set(pair << 8 | Int(bytes[2]), in: &triples)
                byPair[pair].append(bytes)
            }
        }
    }

    /// False only when `text` holds none of the strings.
    func mayContain(_ text: String) -> Bool {
        if others.contains(where: { text.contains($0) }) { return true }
        var text = text
        return text.withUTF8 { bytes in
            if bytes.contains(where: { $0 >= 0x80 }), holdsEquivalentOfASCII(bytes) { return true }
            return holdsAnyASCIIString(bytes)
        }
    }

    /// Looks, at each byte, for a string of one byte that is it, of two that ends with it, and of
    /// three or more whose first three bytes end with it (one lookup of the last three bytes,
    /// kept as a rolling window); the lookups of short strings only when the panel has any.
    private func holdsAnyASCIIString(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        singles.withUnsafeBufferPointer { singles in
            twoByteStrings.withUnsafeBufferPointer { twoByteStrings in
                triples.withUnsafeBufferPointer { triples in
                    var window = 0
                    for end in bytes.indices {
                        window = (window << 8 | Int(bytes[end])) & 0xFF_FFFF
                        if hasShortStrings {
                            if singles[Int(bytes[end])] { return true }
                            if end >= 1, Self.isSet(window & 0xFFFF, in: twoByteStrings) {
                                return true
                            }
                        }
                        guard end >= 2, Self.isSet(window, in: triples) else { continue }
                        if byPair[window >> 8].contains(where: {
                            Self.holds($0, in: bytes, at: end - 2)
                        }) {
                            return true
                        }
                    }
                    return false
                }
            }
        }
    }

    private static func set(_ bit: Int, in bits: inout [UInt64]) {
        bits[bit >> 6] |= 1 << UInt64(bit & 63)
    }

    private static func isSet(_ bit: Int, in bits: UnsafeBufferPointer<UInt64>) -> Bool {
        bits[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    private func holdsEquivalentOfASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        RedactionScreen.equivalentToASCII.contains { character in
            bytes.indices.contains { Self.holds(character, in: bytes, at: $0) }
        }
    }

    /// Whether `bytes` holds `string` from `start`.
    private static func holds(
        _ string: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, at start: Int
    )
        -> Bool
    {
        bytes.count - start >= string.count
            && string.indices.allSatisfy { bytes[start + $0] == string[$0] }
    }
}
