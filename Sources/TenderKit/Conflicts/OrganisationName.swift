/// An organisation's name reduced to the form two spellings of the same body share.
///
/// Applicants, partners and declared interests name the same charity in different ways
/// (`Teesside Youth Trust Ltd`, `The Teesside Youth Trust Limited`), so names are compared by
/// `key`: case and diacritics folded, `&` read as `and`, punctuation read as a space, spaces
/// collapsed, a leading `the` dropped, and trailing legal forms (`limited`, `ltd`, `plc`, `llp`,
/// `cic`, `cio`, `inc`, `community interest company`, `charitable incorporated organisation`)
/// dropped repeatedly. A word that is all that is left of a name is never dropped, so `The Inc` is
/// `inc` rather than nothing. A name with no letters or digits has an empty key and matches nothing.
public struct OrganisationName: Sendable, Hashable, CustomStringConvertible {
    /// The normalised words joined by single spaces: `teesside youth trust`.
    public let key: String
    /// True when the name mixed Cyrillic or Greek look-alikes with Latin letters and was read
    /// through its Latin twin (`Homoglyphs`): a match on it is then only `possible`.
    public let isDisguised: Bool

    public init(_ raw: String) {
        let twin = Homoglyphs.latinTwin(raw)
        isDisguised = twin != nil
        let raw = OrganisationName.joiningInitials(twin ?? raw)
        key = NameFolding.withFoldedWords(raw, punctuation: .separatesWords, ampersandIsAnd: true) {
            words in
            let start = OrganisationName.endOfLeadingArticle(in: words)
            var end = words.count
            while let shorter = OrganisationName.startOfTrailingLegalForm(
                in: words, from: start, to: end)
            {
                end = shorter
            }
            return String(
                decoding: UnsafeBufferPointer(rebasing: words[start..<end]), as: UTF8.self)
        }
    }

    /// `C.I.O.` as `CIO` and `Y.M.C.A.` as `YMCA`: a full stop after a lone letter is dropped, so
    /// that an abbreviation written with stops is one word (and a legal form) like its plain twin.
    static func joiningInitials(_ raw: String) -> String {
        guard raw.utf8.contains(UInt8(ascii: ".")) else { return raw }
        let characters = Array(raw)
        var output = ""
        output.reserveCapacity(raw.utf8.count)
        for (index, character) in characters.enumerated() {
            if character == ".", index >= 1, characters[index - 1].isLetter,
                index < 2 || !characters[index - 2].isLetter
            {
                continue
            }
            output.append(character)
        }
        return output
    }

    /// True when the name held no letters or digits; such a name matches nothing.
    public var isEmpty: Bool { key.isEmpty }

    public var description: String { key }

    /// True when both names are the same organisation by their normalised spelling.
    public func isSame(as other: OrganisationName) -> Bool {
        !isEmpty && key == other.key
    }

    /// Legal forms as they end a folded name, each with the space that must precede it.
    static let legalForms: [[UInt8]] = [
        "limited", "ltd", "plc", "llp", "cic", "cio", "inc",
        "community interest company", "charitable incorporated organisation",
    ].map { Array(" \($0)".utf8) }

    private static let leadingArticle = Array("the ".utf8)

    /// 4 when the words start with `the ` and more follow, else 0.
    private static func endOfLeadingArticle(in words: UnsafeMutableBufferPointer<UInt8>) -> Int {
        guard words.count > leadingArticle.count, words.starts(with: leadingArticle) else {
            return 0
        }
        return leadingArticle.count
    }

    /// Where a legal form ending `words[start..<end]` begins (its leading space), when one does and
    /// at least one word stays before it.
    private static func startOfTrailingLegalForm(
        in words: UnsafeMutableBufferPointer<UInt8>, from start: Int, to end: Int
    ) -> Int? {
        for form in legalForms where end - start > form.count {
            if words[(end - form.count)..<end].elementsEqual(form) { return end - form.count }
        }
        return nil
    }
}
