/// A person's name reduced to its words, and the rule that says whether two names are one person.
///
/// Normalisation: case and diacritics folded, punctuation removed (`O'Neil` is `oneil`), and
/// titles dropped wherever they stand (`mr`, `mrs`, `ms`, `miss`, `mx`, `dr`, `prof`, `professor`,
/// `cllr`, `councillor`, `sir`, `dame`, `rev`). The words are first, middle (any number) and last.
///
/// Resemblance: equal word lists are a `match`. Otherwise the same last name with the same first
/// name (middle names differ, or one has none), or a one-letter first name equal to the other's
/// initial (`J Smith` / `Jane Smith`), is `possible`. A one-word name is only ever a `match`, with
/// the same word. A name with no words (blank, or only titles) resembles nothing.
public struct PersonName: Sendable, Hashable, CustomStringConvertible {
    /// The normalised words joined by single spaces: `jane oneil`.
    public let key: String
    public let first: String
    public let last: String
    public let wordCount: Int
    /// The first name's first letter; nil for an empty name.
    let initial: Unicode.Scalar?
    /// True when the first name is a single letter (`J Smith`).
    let firstIsInitial: Bool
    /// True when the name mixed Cyrillic or Greek look-alikes with Latin letters and was read
    /// through its Latin twin (`Homoglyphs`): it then resembles at most as `possible`.
    public private(set) var isDisguised = false

    public init(_ raw: String) {
        if let twin = Homoglyphs.latinTwin(raw) {
            self.init(twin)
            isDisguised = true
            return
        }
        let raw = PersonName.givenNameFirst(raw)
        self = NameFolding.withFoldedWords(raw, punctuation: .isRemoved, ampersandIsAnd: false) {
            folded in
            let words = UnsafeMutableBufferPointer(
                rebasing: folded[..<PersonName.dropTitles(folded)])
            return PersonName(words: words)
        }
    }

    /// Reads the folded, title-free words.
    private init(words: UnsafeMutableBufferPointer<UInt8>) {
        let space = UInt8(ascii: " ")
        let firstEnd = words.firstIndex(of: space) ?? words.count
        let lastStart = words.lastIndex(of: space).map { $0 + 1 } ?? 0
        key = String(decoding: UnsafeBufferPointer(words), as: UTF8.self)
        first = String(decoding: UnsafeBufferPointer(rebasing: words[..<firstEnd]), as: UTF8.self)
        last = String(decoding: UnsafeBufferPointer(rebasing: words[lastStart...]), as: UTF8.self)
        wordCount = words.isEmpty ? 0 : words.reduce(1) { $1 == space ? $0 + 1 : $0 }
        if let byte = words.first, byte < 0x80 {
            initial = Unicode.Scalar(byte)
            firstIsInitial = firstEnd == 1
        } else {
            initial = first.unicodeScalars.first
            firstIsInitial = first.unicodeScalars.count == 1
        }
    }

    public var isEmpty: Bool { wordCount == 0 }

    /// `Brennan, Lorraine` (family name first, as registers and spreadsheets write it) as
    /// `Lorraine Brennan`; `Jane Smith, OBE` as `Jane Smith` (letters after a name are not words
    /// of it). Text with no comma, or more than one, is left as it is.
    static func givenNameFirst(_ raw: String) -> String {
        guard raw.utf8.contains(UInt8(ascii: ",")) else { return raw }
        let parts = raw.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return raw }
        let before = String(parts[0]).trimmingWhitespace()
        let after = String(parts[1]).trimmingWhitespace()
        guard !before.isEmpty, !after.isEmpty else { return before.isEmpty ? after : before }
        let letters = after.lowercased().filter { $0.isLetter }
        if postNominals.contains(letters) { return before }
        return after + " " + before
    }

    /// Honours, degrees and generational suffixes written after a name.
    static let postNominals: Set<String> = [
        "obe", "mbe", "cbe", "kbe", "dbe", "bem", "qpm", "phd", "dphil", "md", "mp", "jp", "qc",
        "kc", "jr", "sr", "ii", "iii", "iv", "esq", "frsa",
    ]

    public var description: String { key }

    /// `match` for the same words, `possible` for the same last name and a compatible first name,
    /// nil otherwise. Symmetric.
    public func resemblance(to other: PersonName) -> ConflictStrength? {
        guard !isEmpty, !other.isEmpty else { return nil }
        if key == other.key { return isDisguised || other.isDisguised ? .possible : .match }
        guard wordCount > 1, other.wordCount > 1, last == other.last else { return nil }
        if first == other.first || isInitial(of: other) || other.isInitial(of: self) {
            return .possible
        }
        return nil
    }

    /// The bucket a name is filed under so that only names that could resemble it are compared:
    /// last name and first initial, or the single word of a one-word name.
    var lookupKey: LookupKey {
        LookupKey(last: last, initial: wordCount > 1 ? initial : nil)
    }

    /// True when this first name is one letter and it is the other's first initial.
    private func isInitial(of other: PersonName) -> Bool {
        firstIsInitial && initial == other.initial
    }

    /// Moves the words that are not titles to the front of `words`; returns their length.
    private static func dropTitles(_ words: UnsafeMutableBufferPointer<UInt8>) -> Int {
        let space = UInt8(ascii: " ")
        var read = 0
        var written = 0
        while read < words.count {
            var end = read
            while end < words.count, words[end] != space { end += 1 }
            if !isTitle(words[read..<end]) {
                if written > 0 {
                    words[written] = space
                    written += 1
                }
                for index in read..<end {
                    words[written] = words[index]
                    written += 1
                }
            }
            read = end + 1
        }
        return written
    }

    /// The titles of up to four letters, each packed into an integer by `packed(_:)`.
    private static let shortTitles: [UInt64] = [
        "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "cllr", "sir", "dame", "rev",
    ].map { packed($0.utf8) }

    /// True for `mr`, `mrs`, `ms`, `miss`, `mx`, `dr`, `prof`, `professor`, `cllr`, `councillor`,
    /// `sir`, `dame` and `rev`. Called for every word of every name, so short words are compared
    /// as one integer.
    private static func isTitle(_ word: Slice<UnsafeMutableBufferPointer<UInt8>>) -> Bool {
        switch word.count {
        case 2...4: shortTitles.contains(packed(word))
        case 9: word.elementsEqual("professor".utf8)
        case 10: word.elementsEqual("councillor".utf8)
        default: false
        }
    }

    /// The bytes of a word of at most eight bytes as one integer.
    private static func packed<Bytes: Sequence<UInt8>>(_ word: Bytes) -> UInt64 {
        word.reduce(0) { $0 << 8 | UInt64($1) }
    }

    /// The key `lookupKey` files a name under: every name that could resemble another shares it
    /// (same last name and first initial, or, for one-word names, the same word).
    struct LookupKey: Hashable, Sendable {
        let last: String
        /// nil for a one-word name, which only ever matches the same word.
        let initial: Unicode.Scalar?
    }
}
