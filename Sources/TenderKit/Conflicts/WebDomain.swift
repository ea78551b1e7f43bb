/// The domain an email address or a website belongs to, in the form `undeclared-domain` compares.
///
/// An evaluator writing from `jane@tyt.org.uk` probably works for the applicant whose website is
/// `https://www.tyt.org.uk/about`. Both reduce to `tyt.org.uk`: lower-cased, scheme, user, port,
/// path, query and a leading `www.` ignored, a trailing dot dropped. An email at a public mail
/// domain has no domain for this purpose (see `PublicMailDomains`).
public enum WebDomain {
    /// The domain after the last `@`, or nil when there is none or it is a public mail domain.
    public static func ofEmail(_ email: String) -> String? {
        guard let at = email.lastIndex(of: "@") else { return nil }
        let domain = normalisedHost(email[email.index(after: at)...])
        guard !domain.isEmpty, !PublicMailDomains.contains(domain) else { return nil }
        return domain
    }

    /// The host of a website address with or without a scheme, or nil when there is none.
    public static func ofWebsite(_ website: String) -> String? {
        var rest = Substring(website)
        if let scheme = rest.range(of: "://") { rest = rest[scheme.upperBound...] }
        if let end = rest.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) { rest = rest[..<end] }
        if let at = rest.lastIndex(of: "@") { rest = rest[rest.index(after: at)...] }
        if let colon = rest.firstIndex(of: ":") { rest = rest[..<colon] }
        let host = normalisedHost(rest)
        return host.isEmpty ? nil : host
    }

    /// Lower-cased and trimmed, without a leading `www.` or a trailing dot.
    private static func normalisedHost(_ text: Substring) -> String {
        var host = text.trimmingWhitespace().lowercased()
        if host.hasSuffix(".") { host.removeLast() }
        if host.hasPrefix("www.") { host.removeFirst(4) }
        return host
    }
}

extension Substring {
    /// The text without leading and trailing whitespace (Foundation-free).
    fileprivate func trimmingWhitespace() -> Substring {
        let isSpace: (Character) -> Bool = { $0.isWhitespace }
        guard let start = firstIndex(where: { !isSpace($0) }), let end = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return self[start...end]
    }
}
