/// The domain an email address or a website belongs to, in the form `undeclared-domain` compares.
///
/// An evaluator writing from `jane@tyt.org.uk` probably works for the applicant whose website is
/// `https://www.tyt.org.uk/about`. Both reduce to `tyt.org.uk`: lower-cased, scheme, user, port,
/// path, query and a leading `www.` ignored, surrounding spaces and a trailing dot dropped. An
/// email at a public mail domain has no domain for this purpose (see `PublicMailDomains`).
public enum WebDomain {
    /// The domain after the last `@`, or nil when there is none or it is a public mail domain.
    public static func ofEmail(_ email: String) -> String? {
        let bytes = Array(email.utf8)
        guard let at = bytes.lastIndex(of: UInt8(ascii: "@")) else { return nil }
        let domain = normalisedHost(bytes[(at + 1)...])
        guard !domain.isEmpty, !PublicMailDomains.contains(domain) else { return nil }
        return domain
    }

    /// The host of a website address with or without a scheme, or nil when there is none.
    public static func ofWebsite(_ website: String) -> String? {
        let bytes = Array(website.utf8)
        var start = bytes.startIndex
        if let scheme = firstIndex(of: Array("://".utf8), in: bytes) { start = scheme + 3 }
        let end =
            bytes[start...].firstIndex {
                $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#")
            }
            ?? bytes.endIndex
        if let at = bytes[start..<end].lastIndex(of: UInt8(ascii: "@")) { start = at + 1 }
        let hostEnd = bytes[start..<end].firstIndex(of: UInt8(ascii: ":")) ?? end
        let host = normalisedHost(bytes[start..<hostEnd])
        return host.isEmpty ? nil : host
    }

    /// The domain and each domain above it that still has two labels below a public suffix of
    /// one or two letters-only labels: `mail.charity.org.uk` → itself and `charity.org.uk`.
    public static func selfAndParents(_ domain: String) -> [String] {
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count > 2 else { return [domain] }
        let secondLevel: Set<Substring> = [
            "co", "org", "ac", "gov", "net", "ltd", "plc", "sch", "nhs", "police", "com", "me",
        ]
        // Three labels or more (the guard above): a second-level label under a country code.
        let topLevel = labels[labels.count - 1]
        let suffixLength =
            secondLevel.contains(labels[labels.count - 2]) && topLevel.count == 2 ? 2 : 1
        let shortest = suffixLength + 1
        return (0...(labels.count - shortest)).map { labels[$0...].joined(separator: ".") }
    }

    /// Lower-cased and trimmed, without a leading `www.` or a trailing dot.
    private static func normalisedHost(_ bytes: ArraySlice<UInt8>) -> String {
        var host = bytes.drop { isSpace($0) }
        while let last = host.last, isSpace(last) || last == UInt8(ascii: ".") {
            host = host.dropLast()
        }
        let text = String(decoding: host, as: UTF8.self).lowercased()
        return text.hasPrefix("www.") ? String(text.dropFirst(4)) : text
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || (9...13).contains(byte)
    }

    private static func firstIndex(of needle: [UInt8], in bytes: [UInt8]) -> Int? {
        guard bytes.count >= needle.count else { return nil }
        return (0...(bytes.count - needle.count)).first {
            bytes[$0..<($0 + needle.count)].elementsEqual(needle)
        }
    }
}
