import Foundation

/// Folds a written name into lower-case words separated by single spaces, as UTF-8 bytes.
///
/// Both name kinds start here: case and diacritics folded (`Zoë` is `zoe`), runs of whitespace
/// collapsed, no leading or trailing space. What punctuation does differs by kind (organisations
/// read it as a space, people's names drop it: `O'Neil` is `oneil`), and so does `&`.
///
/// Nearly every name is plain ASCII, and detection folds about a million names per 100,000
/// submissions, so that case runs byte by byte into a stack buffer, without Foundation or heap
/// allocation. Only names with other characters go through Foundation's folding first.
enum NameFolding {
    /// What a punctuation character (not a letter, digit or space) does to the name.
    enum Punctuation {
        /// `St.John's` is `st john s`.
        case separatesWords
        /// `O'Neil` is `oneil`.
        case isRemoved
    }

    /// Calls `body` with the folded words of `raw` (e.g. `"The  A&B Co."` → `the a and b co` under
    /// organisation rules) in a scratch buffer that `body` may rewrite in place but must not keep.
    static func withFoldedWords<Result>(
        _ raw: String, punctuation: Punctuation, ampersandIsAnd: Bool,
        _ body: (UnsafeMutableBufferPointer<UInt8>) -> Result
    ) -> Result {
        let asciiResult: Result?? = raw.utf8.withContiguousStorageIfAvailable { input in
            // Each input byte yields at most four output bytes (`&` becomes ` and`).
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: input.count * 4 + 1) { output in
                foldASCII(
                    input, into: output, punctuation: punctuation, ampersandIsAnd: ampersandIsAnd
                ).map { count in
                    body(UnsafeMutableBufferPointer(rebasing: output[..<count]))
                }
            }
        }
        if case .some(.some(let result)) = asciiResult { return result }
        let spelt = LatinLetters.spell(raw) ?? spellWithFoundation(raw)
        var folded = foldSpelt(spelt, punctuation: punctuation, ampersandIsAnd: ampersandIsAnd)
        return folded.withUnsafeMutableBufferPointer { body($0) }
    }

    /// The fast path: the number of bytes written, or nil when `input` is not all ASCII.
    private static func foldASCII(
        _ input: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableBufferPointer<UInt8>,
        punctuation: Punctuation, ampersandIsAnd: Bool
    ) -> Int? {
        var words = FoldedWordsWriter(
            output: output, punctuation: punctuation, ampersandIsAnd: ampersandIsAnd)
        for byte in input {
            guard byte < 0x80 else { return nil }
            words.append(ascii: byte)
        }
        return words.count
    }

    /// The slow path, for names `LatinLetters` does not cover: Foundation folds case, width and
    /// diacritics; a few letters without a decomposition are spelt out in ASCII; other letters and
    /// digits are kept as they are, and `.` stands for any other character.
    static func spellWithFoundation(_ raw: String) -> [UInt8] {
        let folded = raw.folding(
            options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        var spelt: [UInt8] = []
        spelt.reserveCapacity(folded.utf8.count)
        for scalar in folded.unicodeScalars {
            if scalar.isASCII {
                spelt.append(UInt8(scalar.value))
            } else if let spelling = asciiSpelling[scalar] {
                spelt.append(contentsOf: spelling.utf8)
            } else if scalar.properties.isWhitespace {
                spelt.append(UInt8(ascii: " "))
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                spelt.append(contentsOf: String(scalar).utf8)
            } else {
                spelt.append(UInt8(ascii: "."))
            }
        }
        return spelt
    }

    /// Runs the byte rules over text whose non-ASCII bytes are all parts of letters to keep.
    static func foldSpelt(_ spelt: [UInt8], punctuation: Punctuation, ampersandIsAnd: Bool)
        -> [UInt8]
    {
        [UInt8](unsafeUninitializedCapacity: spelt.count * 4 + 1) { output, initialised in
            var words = FoldedWordsWriter(
                output: output, punctuation: punctuation, ampersandIsAnd: ampersandIsAnd)
            for byte in spelt {
                if byte >= 0x80 { words.appendLetter(byte) } else { words.append(ascii: byte) }
            }
            initialised = words.count
        }
    }

    /// Letters Foundation's diacritic folding leaves alone, as an English reader would type them.
    private static let asciiSpelling: [Unicode.Scalar: String] = [
        "ø": "o", "ł": "l", "æ": "ae", "œ": "oe", "đ": "d", "ð": "d", "þ": "th", "ı": "i",
        "ß": "ss",
        "ħ": "h", "ĳ": "ij", "ĸ": "k", "ŀ": "l", "ŋ": "n", "ŧ": "t", "ſ": "s",
        // Modifier-letter apostrophes (ʼ, ʻ) are apostrophes in names: punctuation.
        "\u{02BC}": ".", "\u{02BB}": ".",
    ]
}

/// Writes folded words into a buffer large enough for four bytes per input byte, owing a space
/// after each word so that spaces never lead, trail or repeat.
private struct FoldedWordsWriter {
    let output: UnsafeMutableBufferPointer<UInt8>
    let punctuation: NameFolding.Punctuation
    let ampersandIsAnd: Bool
    private(set) var count = 0
    private var spaceOwed = false

    init(
        output: UnsafeMutableBufferPointer<UInt8>, punctuation: NameFolding.Punctuation,
        ampersandIsAnd: Bool
    ) {
        self.output = output
        self.punctuation = punctuation
        self.ampersandIsAnd = ampersandIsAnd
    }

    @inline(__always)
    mutating func append(ascii byte: UInt8) {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            appendLetter(byte)
        case UInt8(ascii: "A")...UInt8(ascii: "Z"):
            appendLetter(byte | 0x20)
        case UInt8(ascii: " "), 9...13:
            breakWord()
        case UInt8(ascii: "&") where ampersandIsAnd:
            breakWord()
            appendLetter(UInt8(ascii: "a"))
            appendLetter(UInt8(ascii: "n"))
            appendLetter(UInt8(ascii: "d"))
            breakWord()
        default:
            if punctuation == .separatesWords { breakWord() }
        }
    }

    @inline(__always)
    mutating func appendLetter(_ byte: UInt8) {
        if spaceOwed {
            output[count] = UInt8(ascii: " ")
            count += 1
            spaceOwed = false
        }
        output[count] = byte
        count += 1
    }

    @inline(__always)
    private mutating func breakWord() {
        if count > 0 { spaceOwed = true }
    }
}
