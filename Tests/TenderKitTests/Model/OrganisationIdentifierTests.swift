import Testing

@testable import TenderKit

/// The org-id parts open data publishes, and the identifier it prefers, worked out by hand.
@Suite struct OrganisationIdentifierTests {
    /// Identifier as written; its scheme and id within it, or nil when it is not org-id shaped.
    @Test(
        arguments: [
            ("GB-CHC-1234567", "GB-CHC", "1234567"),
            ("gb-chc-123 4567", "GB-CHC", "1234567"),
            ("GB-COH-01234567", "GB-COH", "01234567"),
            ("GB-CHC-12-34", "GB-CHC", "12-34"),
            ("12-34-56", "12-34", "56"),
            ("ÉS-ÑIF-123", "ÉS-ÑIF", "123"),
            ("GB-C½-1", "GB-C½", "1"),
            ("X-CHC-1", nil, nil),
            ("GB--1", nil, nil),
            ("GB-CHC-", nil, nil),
            ("GB-CH_C-1", nil, nil),
            ("GB-CHC", nil, nil),
            ("", nil, nil),
        ] as [(String, String?, String?)])
    func orgIDParts(raw: String, scheme: String?, localID: String?) {
        let identifier = OrganisationIdentifier(raw)
        #expect(identifier.scheme == scheme)
        #expect(identifier.localID == localID)
    }

    /// Identifiers as written; the key of the one preferred, or nil.
    @Test(
        arguments: [
            (["GB-COH-1", "GB-CHC-2"], "GB-CHC-2"),
            (["XX-ABC-1", "GB-COH-3"], "GB-COH-3"),
            (["XX-ABC-1", "YY-ZZ-2"], "XX-ABC-1"),
            (["plain", "GB-MPR-9", "GB-NIC-8"], "GB-NIC-8"),
            (["plain"], nil),
            ([], nil),
        ] as [([String], String?)])
    func preferred(identifiers: [String], key: String?) {
        #expect(OrganisationIdentifier.preferred(identifiers)?.key == key)
    }
}
