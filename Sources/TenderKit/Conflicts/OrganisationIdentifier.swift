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
            if byte >= 0x80 { isASCII = false; break }
            if byte == UInt8(ascii: " ") || (9...13).contains(byte) { continue }
            bytes.append((UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) ? byte - 32 : byte)
        }
        key = isASCII
            ? String(decoding: bytes, as: UTF8.self)
            : String(raw.uppercased().unicodeScalars.filter { !$0.properties.isWhitespace })
    }

    public var isEmpty: Bool { key.isEmpty }

    public var description: String { key }
}
