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
        let allowed = id.utf8.allSatisfy {
            isAlphanumeric($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-")
                || $0 == UInt8(ascii: "_")
        }
        return allowed && !isReservedName(id)
    }

    /// Windows' device names (`CON`, `NUL`, `COM1`, …), in any case and before any extension:
    /// `summaries/con.html` cannot be created there, so no id may be one.
    public static func isReservedName(_ id: String) -> Bool {
        let stem = id.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)[0]
        return reservedNames.contains(stem.uppercased())
    }

    static let reservedNames: Set<String> = Set(
        ["CON", "PRN", "AUX", "NUL"] + (1...9).flatMap { ["COM\($0)", "LPT\($0)"] })

    /// The form two ids take when a case-insensitive file system (macOS, Windows) would make them
    /// one file: `CSF-2024-01` and `csf-2024-01` are the same file there, so the same id here.
    public static func fileSystemKey(_ id: String) -> String { id.lowercased() }

    /// The sentence a validation message uses when an id breaks the rule.
    public static let ruleDescription =
        "ids use only letters, digits, '.', '-' and '_', start with a letter or digit, are at most 100 characters, and are not a device name such as CON, NUL or AUX"

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
            || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}
