import Testing

@testable import TenderKit

extension ConflictsTests {
    /// Email and website domains as `undeclared-domain` compares them, and the public mail
    /// domains that never count.
    @Suite("Web domains")
    struct WebDomainTests {
        @Test(
            "a website's host ignores scheme, www., user, port, path, query and case",
            arguments: [
                ("https://www.tyt.org.uk/about", "tyt.org.uk"),
                ("http://TYT.org.uk", "tyt.org.uk"),
                ("www.tyt.org.uk", "tyt.org.uk"),
                ("tyt.org.uk/", "tyt.org.uk"),
                ("https://tyt.org.uk:8443/apply?x=1#top", "tyt.org.uk"),
                ("https://user@www.tyt.org.uk", "tyt.org.uk"),
                ("  https://tyt.org.uk.  ", "tyt.org.uk"),
                ("https://apply.tyt.org.uk", "apply.tyt.org.uk"),
            ])
        func websites(website: String, host: String) {
            #expect(WebDomain.ofWebsite(website) == host)
        }

        @Test("an empty website has no host", arguments: ["", "https://", "   "])
        func emptyWebsites(website: String) {
            #expect(WebDomain.ofWebsite(website) == nil)
        }

        @Test(
            "an email's domain is what follows the last @, lower-cased",
            arguments: [
                ("jane.smith@TYT.org.uk", "tyt.org.uk"),
                ("jane@www.tyt.org.uk", "tyt.org.uk"),
                ("\"odd@name\"@tyt.org.uk", "tyt.org.uk"),
            ])
        func emails(email: String, domain: String) {
            #expect(WebDomain.ofEmail(email) == domain)
        }

        @Test(
            "public mail domains and malformed addresses give no domain",
            arguments: [
                "jane@gmail.com", "jane@GoogleMail.com", "jane@outlook.com", "jane@hotmail.com",
                "jane@hotmail.co.uk",
                "jane@live.com", "jane@yahoo.com", "jane@yahoo.co.uk", "jane@icloud.com",
                "jane@btinternet.com",
                "jane@aol.com", "jane@protonmail.com", "no-at-sign.org.uk", "jane@",
            ])
        func publicDomains(email: String) {
            #expect(WebDomain.ofEmail(email) == nil)
        }
    }
}
