/// The shape an evaluator's email must have: `local@domain.tld`.
///
/// Not RFC 5322 in full (which allows quoted spaces and comments nobody uses for work mail), but
/// enough that `@`, `a@` and `a@b` are refused: the domain is compared with applicants' websites
/// by the conflicts check, so it must be a real domain name.
public enum EmailAddress {
    public static let ruleDescription =
        "write it as name@domain, with one '@', something before it, and a domain such as example.org.uk after it"

    public static func isPlausible(_ email: String) -> Bool {
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, let local = parts.first, let domain = parts.last, !local.isEmpty
        else { return false }
        guard !email.contains(where: { $0.isWhitespace }) else { return false }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        return labels.count >= 2
            && labels.allSatisfy { label in
                !label.isEmpty && !label.hasPrefix("-") && !label.hasSuffix("-")
                    && label.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" }
            }
    }
}
