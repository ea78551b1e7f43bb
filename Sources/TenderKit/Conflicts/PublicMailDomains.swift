/// Mail domains anyone can sign up to, which say nothing about where a person works.
///
/// `undeclared-domain` compares an evaluator's email domain with an applicant's website domain;
/// two strangers who both use Gmail share nothing. This is the one list of such domains: add to it
/// here. Compared lower-case, without a leading `www.`.
public enum PublicMailDomains {
    public static let names: Set<String> = [
        // Google, Microsoft, Yahoo, Apple, AOL
        "gmail.com", "googlemail.com",
        "outlook.com", "outlook.co.uk", "hotmail.com", "hotmail.co.uk", "live.com", "live.co.uk",
        "msn.com",
        "yahoo.com", "yahoo.co.uk", "ymail.com", "rocketmail.com",
        "icloud.com", "me.com", "mac.com",
        "aol.com", "aol.co.uk", "aim.com",
        // Privacy-minded and international providers
        "protonmail.com", "protonmail.ch", "proton.me", "pm.me", "tutanota.com", "tuta.io",
        "gmx.com", "gmx.co.uk", "gmx.net", "mail.com", "zoho.com", "yandex.com", "fastmail.com",
        // UK internet service providers
        "btinternet.com", "btopenworld.com", "sky.com", "talktalk.net", "tiscali.co.uk",
        "virginmedia.com", "ntlworld.com", "blueyonder.co.uk", "plus.net", "orange.net",
    ]

    /// True when `domain` (already lower-case, without `www.`) is a public mail domain.
    public static func contains(_ domain: String) -> Bool {
        names.contains(domain)
    }
}
