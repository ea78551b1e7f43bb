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

    public init(_ raw: String) {
        var words = NameFolding.fold(raw, punctuation: .isRemoved, ampersandIsAnd: false)
        PersonName.dropTitles(&words)
        let space = UInt8(ascii: " ")
        let firstEnd = words.firstIndex(of: space) ?? words.count
        let lastStart = words.lastIndex(of: space).map { $0 + 1 } ?? 0
        key = String(decoding: words, as: UTF8.self)
        first = String(decoding: words[..<firstEnd], as: UTF8.self)
        last = String(decoding: words[lastStart...], as: UTF8.self)
        wordCount = words.isEmpty ? 0 : words.reduce(1) { $1 == space ? $0 + 1 : $0 }
    }

    public var isEmpty: Bool { wordCount == 0 }

    public var description: String { key }

    /// `match` for the same words, `possible` for the same last name and a compatible first name,
    /// nil otherwise. Symmetric.
    public func resemblance(to other: PersonName) -> ConflictStrength? {
        guard !isEmpty, !other.isEmpty else { return nil }
        if key == other.key { return .match }
        guard wordCount > 1, other.wordCount > 1, last == other.last else { return nil }
        if first == other.first || isInitial(of: other) || other.isInitial(of: self) { return .possible }
        return nil
    }

    /// The bucket a name is filed under so that only names that could resemble it are compared:
    /// last name and first initial, or the single word of a one-word name.
    var lookupKey: LookupKey {
        LookupKey(last: last, initial: wordCount > 1 ? first.first : nil)
    }

    /// True when this first name is one letter and it is the other's first initial.
    private func isInitial(of other: PersonName) -> Bool {
        first.count == 1 && first.first == other.first.first
    }

    /// Removes every title word; the words are only copied when there is one to remove.
    private static func dropTitles(_ words: inout [UInt8]) {
        let space = UInt8(ascii: " ")
        var kept: [UInt8] = []
        var droppedAny = false
        var start = 0
        while start < words.count {
            let end = words[start...].firstIndex(of: space) ?? words.count
            if isTitle(words[start..<end]) {
                if !droppedAny { kept = Array(words[..<max(0, start - 1)]) }
                droppedAny = true
            } else if droppedAny {
                if !kept.isEmpty { kept.append(space) }
                kept.append(contentsOf: words[start..<end])
            }
            start = end + 1
        }
        if droppedAny { words = kept }
    }

    private static let titles: [[UInt8]] = [
        "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "cllr", "councillor", "sir", "dame", "rev",
    ].map { Array($0.utf8) }

    private static func isTitle(_ word: ArraySlice<UInt8>) -> Bool {
        word.count <= 10 && titles.contains { $0.count == word.count && $0.elementsEqual(word) }
    }

    /// The key `lookupKey` files a name under: every name that could resemble another shares it
    /// (same last name and first initial, or, for one-word names, the same word).
    struct LookupKey: Hashable, Sendable {
        let last: String
        /// nil for a one-word name, which only ever matches the same word.
        let initial: Character?
    }
}
