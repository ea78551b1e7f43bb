/// A quick test of whether a text may hold any of a panel's names, emails, ids or declared
/// interests, so that `PanelPseudonyms.redact` skips the texts that hold none (nearly all
/// comments) instead of searching each for each of a large panel's thousands of strings.
///
/// The test never says no when the search would find something: it reads the UTF-8 bytes once,
/// looking up each three bytes in one table of where an ASCII string may end (one of one byte, of
/// two, or the first three bytes of a longer one), and looks closer only where it says so (a
/// longer string is then compared whole); a string with other characters is searched for the
/// usual way; and a text holding one of the three characters that Unicode treats as the same as
/// an ASCII one (KELVIN SIGN as `K`, GREEK QUESTION MARK as `;`, GREEK VARIA as `` ` ``), which
/// the usual search would match, is always searched.
///
/// Three bytes, not two: a panel's names and interests start with the same two letters as many
/// words of the comments ("Cl", "De", "Ma"), and comparing each such word with each such string
/// was most of the screen's time.
struct RedactionScreen: Sendable {
    /// One bit per three bytes (first byte × 65,536 + second × 256 + third) that a string may end
    /// at: the first three bytes of an ASCII string of three bytes or more, and any three that end
    /// with an ASCII string of one or two bytes. 2 MB, and a text's only lookup for most bytes.
    private var endings = [UInt64](repeating: 0, count: (1 << 24) / 64)
    /// One bit per pair of bytes that is an ASCII string of two bytes (first byte × 256 + second).
    private var twoByteStrings = [UInt64](repeating: 0, count: 65_536 / 64)
    /// The ASCII strings of three bytes or more, by their first two bytes (first × 256 + second;
    /// an array, not a hashed dictionary, for the same reason as `singles`).
    private var byPair = [[[UInt8]]](repeating: [], count: 65_536)
    /// The bytes that are a whole ASCII string of one byte, by byte (an array, not a hashed set:
    /// looked up for every byte that may end one).
    private var singles = [Bool](repeating: false, count: 256)
    /// The strings with a character outside ASCII, searched for as `PanelPseudonyms` does.
    private var others: [String] = []

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
                for before in 0..<65_536 { Self.set(before << 8 | Int(bytes[0]), in: &endings) }
            } else if bytes.count == 2 {
                let pair = Int(bytes[0]) << 8 | Int(bytes[1])
                Self.set(pair, in: &twoByteStrings)
                for before in 0..<256 { Self.set(before << 16 | pair, in: &endings) }
            } else {
                let pair = Int(bytes[0]) << 8 | Int(bytes[1])
                Self.set(pair << 8 | Int(bytes[2]), in: &endings)
                byPair[pair].append(bytes)
            }
        }
    }

    /// False only when `text` holds none of the strings.
    func mayContain(_ text: String) -> Bool {
        if others.contains(where: { text.contains($0) }) { return true }
        var text = text
        return text.withUTF8 { bytes in
            if !ValidatedUTF8.isASCII(bytes), holdsEquivalentOfASCII(bytes) { return true }
            return holdsAnyASCIIString(bytes)
        }
    }

    /// Looks up the last three bytes at each byte from the third (a rolling window), and only
    /// where `endings` has them, whether one of the strings ends there; the first two bytes, with
    /// fewer before them, are looked at on their own.
    private func holdsAnyASCIIString(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for end in bytes.indices.prefix(2) where endsString(bytes, at: end) { return true }
        guard bytes.count >= 3 else { return false }
        return endings.withUnsafeBufferPointer { endings in
            var window = Int(bytes[0]) << 8 | Int(bytes[1])
            for end in 2..<bytes.count {
                window = (window << 8 | Int(bytes[end])) & 0xFF_FFFF
                if Self.isSet(window, in: endings), endsString(bytes, at: end) { return true }
            }
            return false
        }
    }

    /// Whether one of the ASCII strings ends at `end`: one of one byte that is it, of two ending
    /// with it, or of three or more whose first three bytes end with it (compared whole).
    private func endsString(_ bytes: UnsafeBufferPointer<UInt8>, at end: Int) -> Bool {
        if singles[Int(bytes[end])] { return true }
        guard end >= 1 else { return false }
        let pair = Int(bytes[end - 1]) << 8 | Int(bytes[end])
        if twoByteStrings.withUnsafeBufferPointer({ Self.isSet(pair, in: $0) }) { return true }
        guard end >= 2 else { return false }
        let first = Int(bytes[end - 2]) << 8 | Int(bytes[end - 1])
        return byPair[first].contains { Self.holds($0, in: bytes, at: end - 2) }
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
