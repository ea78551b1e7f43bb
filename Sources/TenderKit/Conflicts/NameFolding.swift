import Foundation

/// Folds a written name into lower-case words separated by single spaces, as UTF-8 bytes.
///
/// Both name kinds start here: case and diacritics folded (`Zoë` is `zoe`), runs of whitespace
/// collapsed, no leading or trailing space. What punctuation does differs by kind (organisations
/// read it as a space, people's names drop it: `O'Neil` is `oneil`), and so does `&`. Nearly every
/// name is plain ASCII, so that case runs byte by byte without Foundation; only names with other
/// characters go through Foundation's folding first.
enum NameFolding {
    /// What a punctuation character (not a letter, digit or space) does to the name.
    enum Punctuation {
        /// `St.John's` is `st john s`.
        case separatesWords
        /// `O'Neil` is `oneil`.
        case isRemoved
    }

    /// The folded words of `raw`, e.g. `"The  A&B Co."` → `the a and b co` (organisation rules).
    static func fold(_ raw: String, punctuation: Punctuation, ampersandIsAnd: Bool) -> [UInt8] {
        var buffer = FoldedWords(punctuation: punctuation, ampersandIsAnd: ampersandIsAnd)
        buffer.bytes.reserveCapacity(raw.utf8.count)
        let allASCII = raw.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.allSatisfy { $0 < 0x80 }
        } ?? raw.utf8.allSatisfy { $0 < 0x80 }
        if allASCII {
            for byte in raw.utf8 { buffer.append(ascii: byte) }
        } else {
            appendFoldingUnicode(raw, to: &buffer)
        }
        return buffer.bytes
    }

    /// The slow path: Foundation folds case, width and diacritics; a few letters that have no
    /// decomposition are spelt out in ASCII; other letters and digits are kept as they are.
    private static func appendFoldingUnicode(_ raw: String, to buffer: inout FoldedWords) {
        let folded = raw.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        for scalar in folded.unicodeScalars {
            if scalar.isASCII {
                buffer.append(ascii: UInt8(scalar.value))
            } else if let spelling = asciiSpelling[scalar] {
                for byte in spelling.utf8 { buffer.append(ascii: byte) }
            } else if scalar.properties.isWhitespace {
                buffer.breakWord()
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                buffer.append(letter: scalar)
            } else {
                buffer.appendPunctuation()
            }
        }
    }

    /// Letters Foundation's diacritic folding leaves alone, as an English reader would type them.
    private static let asciiSpelling: [Unicode.Scalar: String] = [
        "ø": "o", "ł": "l", "æ": "ae", "œ": "oe", "đ": "d", "ð": "d", "þ": "th", "ı": "i", "ß": "ss",
    ]
}

/// The output of `NameFolding` while it is being written: words and the space still owed before
/// the next one, so that spaces never lead, trail or repeat.
private struct FoldedWords {
    let punctuation: NameFolding.Punctuation
    let ampersandIsAnd: Bool
    var bytes: [UInt8] = []
    var spaceOwed = false

    init(punctuation: NameFolding.Punctuation, ampersandIsAnd: Bool) {
        self.punctuation = punctuation
        self.ampersandIsAnd = ampersandIsAnd
    }

    mutating func append(ascii byte: UInt8) {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            appendLetterByte(byte)
        case UInt8(ascii: "A")...UInt8(ascii: "Z"):
            appendLetterByte(byte + 32)
        case UInt8(ascii: " "), 9...13:
            breakWord()
        case UInt8(ascii: "&") where ampersandIsAnd:
            breakWord()
            for letter in "and".utf8 { appendLetterByte(letter) }
            breakWord()
        default:
            appendPunctuation()
        }
    }

    mutating func append(letter scalar: Unicode.Scalar) {
        if spaceOwed { bytes.append(UInt8(ascii: " ")) }
        spaceOwed = false
        bytes.append(contentsOf: String(scalar).utf8)
    }

    mutating func appendPunctuation() {
        if punctuation == .separatesWords { breakWord() }
    }

    mutating func breakWord() {
        if !bytes.isEmpty { spaceOwed = true }
    }

    private mutating func appendLetterByte(_ byte: UInt8) {
        if spaceOwed { bytes.append(UInt8(ascii: " ")) }
        spaceOwed = false
        bytes.append(byte)
    }
}
