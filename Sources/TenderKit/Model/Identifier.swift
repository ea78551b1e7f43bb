/// The rule for ids (of rounds, submissions, evaluators, criteria, gates): letters, digits, `.`, `-`
/// and `_`, starting with a letter or digit, at most 100 characters.
///
/// Ids become file names (`summaries/<submission-id>.html`), CSV cells and URL fragments, so they
/// must never hold a path separator, a leading `=` or a space.
public enum Identifier {
    public static let maximumLength = 100

    public static func isValid(_ id: String) -> Bool {
        guard let first = id.utf8.first, isAlphanumeric(first), id.utf8.count <= maximumLength
        else { return false }
        return id.utf8.allSatisfy {
            isAlphanumeric($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-")
                || $0 == UInt8(ascii: "_")
        }
    }

    /// The sentence a validation message uses when an id breaks the rule.
    public static let ruleDescription =
        "ids use only letters, digits, '.', '-' and '_', start with a letter or digit, and are at most 100 characters"

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
            || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}
