/// Org-id identifiers (`GB-CHC-1234567`, `GB-COH-01234567`) as open data needs them: the scheme
/// and the id within it, and the one to use for an applicant.
struct OrganisationIdentifier {
    var scheme: String
    var id: String

    var full: String { scheme + "-" + id }

    /// Splits `GB-CHC-1234567` into scheme `GB-CHC` and id `1234567`; nil if it is not org-id shaped.
    init?(_ text: String) {
        let parts = text.trimmingWhitespace().split(separator: "-", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count >= 2, !parts[1].isEmpty, !parts[2].isEmpty,
              parts[0].allSatisfy({ $0.isLetter || $0.isNumber }), parts[1].allSatisfy({ $0.isLetter || $0.isNumber })
        else { return nil }
        scheme = parts[0].uppercased() + "-" + parts[1].uppercased()
        id = String(parts[2])
    }

    /// The applicant's preferred identifier: a registered charity, then a company, then any org-id.
    static func preferred(_ identifiers: [String]) -> OrganisationIdentifier? {
        let parsed = identifiers.compactMap(OrganisationIdentifier.init)
        for scheme in ["GB-CHC", "GB-SC", "GB-NIC", "GB-COH", "GB-MPR"] {
            if let match = parsed.first(where: { $0.scheme == scheme }) { return match }
        }
        return parsed.first
    }
}
