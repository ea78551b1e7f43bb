/// An organisation identifier in org-id style (`GB-CHC-1234567`), compared upper-cased with
/// every space removed, so `gb-chc-123 4567` and `GB-CHC-1234567` are the same charity.
public struct OrganisationIdentifier: Sendable, Hashable, CustomStringConvertible {
    /// The upper-cased identifier without spaces; empty when nothing was written.
    public let key: String

    public init(_ raw: String) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(raw.utf8.count)
        var isASCII = true
        for byte in raw.utf8 {
            if byte >= 0x80 {
                isASCII = false
                break
            }
            if byte == UInt8(ascii: " ") || (9...13).contains(byte) { continue }
            bytes.append((UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) ? byte - 32 : byte)
        }
        key =
            isASCII
            ? String(decoding: bytes, as: UTF8.self)
            : String(raw.uppercased().unicodeScalars.filter { !$0.properties.isWhitespace })
    }

    public var isEmpty: Bool { key.isEmpty }

    public var description: String { key }
}

extension OrganisationIdentifier {
    /// The org-id list (`GB-CHC`, `GB-COH`) the identifier belongs to, when it is org-id shaped:
    /// a two-part scheme of letters and digits, a hyphen, then the id within it.
    public var scheme: String? { orgIDParts?.scheme }

    /// The id within the scheme: `1234567` for `GB-CHC-1234567`.
    public var localID: String? { orgIDParts?.id }

    private var orgIDParts: (scheme: String, id: String)? {
        let parts = key.split(separator: "-", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count >= 2, !parts[1].isEmpty, !parts[2].isEmpty,
            Self.isLettersAndDigits(parts[0]), Self.isLettersAndDigits(parts[1])
        else { return nil }
        return (parts[0] + "-" + parts[1], String(parts[2]))
    }

    /// Whether every character is a letter or a number (looked at byte by byte when ASCII: open
    /// data asks for each applicant's identifiers).
    private static func isLettersAndDigits(_ part: Substring) -> Bool {
        guard part.utf8.allSatisfy({ $0 < 0x80 }) else {
            return part.allSatisfy { $0.isLetter || $0.isNumber }
        }
        return part.utf8.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"):
                true
            default: false
            }
        }
    }

    /// The identifier open data should use for an applicant: a registered charity, then a company,
    /// then any other org-id; nil when none is org-id shaped.
    public static func preferred(_ identifiers: [String]) -> OrganisationIdentifier? {
        let parsed = identifiers.map(OrganisationIdentifier.init).compactMap { identifier in
            identifier.scheme.map { (identifier: identifier, scheme: $0) }
        }
        for scheme in ["GB-CHC", "GB-SC", "GB-NIC", "GB-COH", "GB-MPR"] {
            if let match = parsed.first(where: { $0.scheme == scheme }) { return match.identifier }
        }
        return parsed.first?.identifier
    }
}
