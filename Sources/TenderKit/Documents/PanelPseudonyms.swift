import Foundation

/// How public documents refer to the panel: "Evaluator A", "Evaluator B", … in the panel's order,
/// the same in every document of a round, and free text (comments, rationales, blocking details)
/// with every evaluator's name, email, id and declared interest replaced.
///
/// Names are replaced in full, without middle names ("Sarah Whitfield" for "Sarah Jane
/// Whitfield") and after a title ("Mrs Whitfield"); ids only as whole words; longer strings first,
/// so that a name containing another is replaced whole.
public struct PanelPseudonyms: Sendable {
    /// One pseudonym per evaluator, in panel order.
    public let names: [String]
    private let byID: [String: String]
    private typealias Replacement = (find: String, replace: String, wholeWord: Bool)
    private let replacements: [Replacement]
    /// Passes over the texts that hold none of the strings replaced.
    private let screen: RedactionScreen

    static let titles = ["Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Professor", "Cllr"]

    public init(panel: Panel) {
        names = panel.evaluators.indices.map { "Evaluator " + PanelPseudonyms.letters($0) }
        byID = Dictionary(
            zip(panel.evaluators.map(\.id), names), uniquingKeysWith: { first, _ in first })
        var replacements: [Replacement] = []
        for (evaluator, pseudonym) in zip(panel.evaluators, names) {
            // A declared person is personal data; a declared organisation is often an applicant,
            // whose name is published anyway. The relationship ("Trustee") is a common word:
            // public documents never carry the evidence it appears in.
            for case .person(let interest) in evaluator.interests {
                replacements.append((interest.name, "a declared interest", false))
            }
            if let email = evaluator.email { replacements.append((email, pseudonym, false)) }
            replacements += Self.nameForms(evaluator.name).map { ($0, pseudonym, true) }
            replacements.append((evaluator.id, pseudonym, true))
        }
        // Longest first (counted once each: a large panel has thousands of strings).
        let counted: [(replacement: Replacement, count: Int)] = replacements.filter {
            !$0.find.isEmpty
        }.map { ($0, $0.find.count) }
        self.replacements = counted.sorted { first, second in
            first.count != second.count
                ? first.count > second.count : first.replacement.find < second.replacement.find
        }.map(\.replacement)
        screen = RedactionScreen(self.replacements.map(\.find))
    }

    /// The pseudonym of the evaluator with this id (the id itself if it is not on the panel).
    public func name(of id: String) -> String { byID[id] ?? id }

    /// The text with every evaluator's personal data replaced.
    public func redact(_ text: String) -> String {
        guard screen.mayContain(text) else { return text }
        return replacingEach(in: text)
    }

    /// `redact` without the screen: each string searched for and replaced in turn, longest first.
    func replacingEach(in text: String) -> String {
        var result = text
        for replacement in replacements where result.contains(replacement.find) {
            result =
                replacement.wholeWord
                ? Self.replaceWholeWords(replacement.find, with: replacement.replace, in: result)
                : result.replacingOccurrences(of: replacement.find, with: replacement.replace)
        }
        return result
    }

    /// "A" … "Z", then "AA", "AB", …
    static func letters(_ index: Int) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        var value = index
        var text = ""
        repeat {
            text.insert(alphabet[value % 26], at: text.startIndex)
            value = value / 26 - 1
        } while value >= 0
        return text
    }

    /// The full name, first and last name only, and each title with the last name.
    private static func nameForms(_ name: String) -> [String] {
        let words = name.split(separator: " ").map(String.init)
        guard let first = words.first, let last = words.last, words.count > 1 else { return [name] }
        return [name, first + " " + last] + titles.map { $0 + " " + last }
    }

    private static func replaceWholeWords(_ word: String, with replacement: String, in text: String)
        -> String
    {
        var result = ""
        var rest = text[...]
        while let range = rest.range(of: word) {
            let before: Character? =
                range.lowerBound > rest.startIndex
                ? rest[rest.index(before: range.lowerBound)] : result.last
            let after: Character? = range.upperBound < rest.endIndex ? rest[range.upperBound] : nil
            let bounded =
                !(before.map(isWordCharacter) ?? false) && !(after.map(isWordCharacter) ?? false)
            result += rest[..<range.lowerBound]
            result += bounded ? replacement : String(rest[range])
            rest = rest[range.upperBound...]
        }
        return result + rest
    }

    private static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "_" || character == "-"
    }
}
